// What a Slack connection is configured with, and the Events API shapes the connector reads.
// Slack adds fields freely, so the event schemas check only what we use and keep the rest.
import { z } from 'zod';

export const SlackCredentialsSchema = z.object({
  /** The bot token of the app's installation in the workspace. */
  botToken: z.string().regex(/^xoxb-[A-Za-z0-9-]{8,}$/, 'A Slack bot token starts with xoxb-'),
  /** The app's signing secret, which signs every Events API delivery. */
  signingSecret: z.string().min(8).max(200),
});
export type SlackCredentials = z.infer<typeof SlackCredentialsSchema>;

const ChannelIdSchema = z
  .string()
  .regex(/^[A-Z0-9]{2,30}$/, 'A Slack channel id such as C0123ABCD');

export const SlackSettingsSchema = z.object({
  /** The channels a pull backfills (push brings whatever channels the bot is in). */
  channels: z.array(ChannelIdSchema).max(200).default([]),
  /** When set, events from any other workspace (an app installed in several) are ignored. */
  teamId: z
    .string()
    .regex(/^[A-Z0-9]{2,30}$/)
    .optional(),
});
export type SlackSettings = z.infer<typeof SlackSettingsSchema>;

/** Slack's message timestamp: seconds and microseconds, the message's id within its channel. */
export const TsSchema = z
  .string()
  .regex(/^\d{1,12}\.\d{1,6}$/, 'A Slack ts such as 1712345678.000100');

export const SlackFileSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
  mimetype: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
  url_private: z.string().optional(),
});

/** One message as Slack shows it, in an event or in conversations.history / replies. */
export const SlackMessageSchema = z.looseObject({
  type: z.literal('message').optional(),
  subtype: z.string().optional(),
  ts: TsSchema,
  thread_ts: TsSchema.optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  username: z.string().optional(),
  team: z.string().optional(),
  text: z.string().default(''),
  files: z.array(SlackFileSchema).optional(),
  reply_count: z.number().int().nonnegative().optional(),
  edited: z.looseObject({ user: z.string().optional(), ts: TsSchema }).optional(),
  user_profile: z
    .looseObject({ real_name: z.string().optional(), display_name: z.string().optional() })
    .optional(),
  bot_profile: z.looseObject({ name: z.string().optional() }).optional(),
});
export type SlackMessage = z.infer<typeof SlackMessageSchema>;

/** A `message` event: the message itself, or a change to one (message_changed / message_deleted). */
export const SlackMessageEventSchema = SlackMessageSchema.extend({
  type: z.literal('message'),
  channel: z.string().min(1),
  message: SlackMessageSchema.optional(),
  previous_message: SlackMessageSchema.optional(),
  deleted_ts: TsSchema.optional(),
});
export type SlackMessageEvent = z.infer<typeof SlackMessageEventSchema>;

/** The Events API envelope Slack POSTs for every event. */
export const SlackEventCallbackSchema = z.looseObject({
  type: z.literal('event_callback'),
  team_id: z.string().min(1),
  event_id: z.string().min(1),
  event_time: z.number().optional(),
  event: z.looseObject({ type: z.string().min(1) }),
  /** The installation(s) the event is delivered for; with a bot token, our bot user. */
  authorizations: z
    .array(
      z.looseObject({
        team_id: z.string().nullish(),
        user_id: z.string(),
        is_bot: z.boolean().optional(),
      }),
    )
    .optional(),
});
export type SlackEventCallback = z.infer<typeof SlackEventCallbackSchema>;
