// One message shape across channels. Every connector turns what its platform sends (a Slack
// event, a Telegram update, a MIME email) into this, and ingestion stores it once per connection
// and external id, whichever path (webhook, pull, a replay) brought it.
import { z } from 'zod';

export const CHANNELS = ['slack', 'telegram', 'email'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * The longest text one message may carry on each channel (Telegram's sendMessage refuses more
 * than 4,096 characters; Slack's chat.postMessage truncates past 40,000). A longer reply is
 * refused when it is written, not failed later by the platform.
 */
export const MAX_TEXT_LENGTH: Record<Channel, number> = {
  slack: 40_000,
  telegram: 4_096,
  email: 40_000,
};

/**
 * Who wrote or received a message, as the channel names them. `handle` is the normalized key
 * identities match on: a lowercased email address, `slack:<team>:<user id>`, `telegram:<user id>`.
 */
export const HandleSchema = z.object({
  handle: z.string().min(1).max(320),
  name: z.string().max(200).optional(),
});
export type Handle = z.infer<typeof HandleSchema>;

export const AttachmentSchema = z.object({
  name: z.string().max(255),
  mime: z.string().max(255),
  size: z.number().int().nonnegative(),
  /** Where the channel keeps the file (a Telegram file_id, a Slack url_private); fetched on demand. */
  source: z.string().max(2000).optional(),
  /** Set once the bytes are in Waymark's storage. */
  storageKey: z.string().max(500).optional(),
  sha256: z.string().length(64).optional(),
  /** Why the file will not be stored (too large, gone from the channel): it is not tried again. */
  storeError: z.string().max(500).optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const InboundMessageSchema = z.object({
  /** Unique per connection: Slack `channel:ts`, Telegram `chat_id:message_id`, an email's Message-ID. */
  externalId: z.string().min(1).max(1000),
  /** The channel's thread: Slack `channel:thread_ts`, Telegram `chat_id`, the email thread's root Message-ID. */
  externalThreadId: z.string().min(1).max(1000),
  /**
   * A gap after which a message in the same thread starts a new conversation (a Telegram chat
   * that went quiet); undefined keeps a thread one conversation (an email thread, a Slack thread).
   */
  quietGapSeconds: z.number().int().positive().optional(),
  direction: z.enum(['inbound', 'outbound']),
  from: HandleSchema,
  to: z.array(HandleSchema).max(500).default([]),
  sentAt: z.iso.datetime({ offset: true }),
  subject: z.string().max(1000).optional(),
  text: z.string().max(200_000),
  html: z.string().max(2_000_000).optional(),
  attachments: z.array(AttachmentSchema).max(100).default([]),
  /** Per-channel ids the reply path needs (email Message-ID/References, Slack thread_ts, Telegram message_id). */
  headers: z.record(z.string(), z.string()).default({}),
  editedAt: z.iso.datetime({ offset: true }).optional(),
  deleted: z.boolean().optional(),
});
export type InboundMessage = z.input<typeof InboundMessageSchema>;
export type ParsedInboundMessage = z.output<typeof InboundMessageSchema>;
