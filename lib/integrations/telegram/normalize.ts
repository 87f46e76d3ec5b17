// A Telegram update as one message of ours. Pure: the webhook path and the pull path both call
// it, so a message looks the same whichever way it came. Captions are the text of a message with
// a file (Chatwoot lost them, #3244), and an edit is the same message again, keyed the same way.
import { z } from 'zod';
import {
  InboundMessageSchema,
  type Attachment,
  type InboundMessage,
} from '../../conversations/message.ts';

const id = z.number().int();
const fileSize = z.number().int().nonnegative().optional();

const UserSchema = z.object({
  id,
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
});

const ChatSchema = z.object({
  id,
  type: z.string(),
  title: z.string().optional(),
  username: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
});

const FileSchema = z.object({
  file_id: z.string().min(1),
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
  file_size: fileSize,
});

const PhotoSizeSchema = z.object({
  file_id: z.string().min(1),
  width: z.number().int(),
  height: z.number().int(),
  file_size: fileSize,
});

const MessageSchema = z.object({
  message_id: id,
  date: z.number().int().nonnegative(),
  chat: ChatSchema,
  from: UserSchema.optional(),
  sender_chat: ChatSchema.optional(),
  message_thread_id: id.optional(),
  is_topic_message: z.boolean().optional(),
  edit_date: z.number().int().nonnegative().optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z.array(PhotoSizeSchema).optional(),
  document: FileSchema.optional(),
  voice: FileSchema.optional(),
  audio: FileSchema.optional(),
  video: FileSchema.optional(),
});
type TelegramMessage = z.infer<typeof MessageSchema>;

/** The update kinds that carry a message; the rest (callback_query, poll, …) carry none for the inbox. */
const MESSAGE_FIELDS = [
  'message',
  'edited_message',
  'channel_post',
  'edited_channel_post',
] as const;

const UpdateSchema = z.object({
  update_id: id,
  ...Object.fromEntries(MESSAGE_FIELDS.map((field) => [field, MessageSchema.optional()])),
}) as z.ZodType<
  { update_id: number } & Partial<Record<(typeof MESSAGE_FIELDS)[number], TelegramMessage>>
>;

export class MalformedUpdateError extends Error {
  constructor(reason: string) {
    super(`Not a Telegram update: ${reason}`);
    this.name = 'MalformedUpdateError';
  }
}

export interface NormalizeOptions {
  /** Our bot's user id: a message from it is outbound. */
  botId: number;
  quietGapSeconds: number;
}

/** The update's id, if the payload has one (for dead letters of payloads that are otherwise bad). */
export function updateIdOf(payload: unknown): number | undefined {
  const value = (payload as { update_id?: unknown } | null)?.update_id;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** The messages in one update: one, or none for updates that are not messages. Throws on a malformed one. */
export function normalizeUpdate(payload: unknown, options: NormalizeOptions): InboundMessage[] {
  const parsed = UpdateSchema.safeParse(payload);
  if (!parsed.success) throw new MalformedUpdateError(z.prettifyError(parsed.error));
  const update = parsed.data;
  const field = MESSAGE_FIELDS.find((name) => update[name] !== undefined);
  if (!field) return [];
  const message = toInboundMessage(update[field]!, options);
  const checked = InboundMessageSchema.safeParse(message);
  if (!checked.success) throw new MalformedUpdateError(z.prettifyError(checked.error));
  return [message];
}

function toInboundMessage(message: TelegramMessage, options: NormalizeOptions): InboundMessage {
  const chatId = String(message.chat.id);
  const topic = message.is_topic_message && message.message_thread_id !== undefined;
  const headers: Record<string, string> = {
    message_id: String(message.message_id),
    chat_id: chatId,
  };
  if (topic) headers.message_thread_id = String(message.message_thread_id);
  return {
    externalId: `${chatId}:${message.message_id}`,
    externalThreadId: topic ? `${chatId}:${message.message_thread_id}` : chatId,
    quietGapSeconds: options.quietGapSeconds,
    direction: message.from?.is_bot && message.from.id === options.botId ? 'outbound' : 'inbound',
    from: senderOf(message),
    sentAt: isoOf(message.date),
    text: message.text ?? message.caption ?? '',
    attachments: attachmentsOf(message),
    headers,
    ...(message.edit_date !== undefined ? { editedAt: isoOf(message.edit_date) } : {}),
  };
}

/** The user who wrote it; in a channel (or as an anonymous group admin) the chat that posted it. */
function senderOf(message: TelegramMessage): InboundMessage['from'] {
  if (message.from) {
    const { id: userId, first_name, last_name, username } = message.from;
    const name = [first_name, last_name].filter(Boolean).join(' ') || username;
    return { handle: `telegram:${userId}`, ...(name ? { name: name.slice(0, 200) } : {}) };
  }
  const chat = message.sender_chat ?? message.chat;
  const name =
    chat.title ?? ([chat.first_name, chat.last_name].filter(Boolean).join(' ') || chat.username);
  return { handle: `telegram:${chat.id}`, ...(name ? { name: name.slice(0, 200) } : {}) };
}

function attachmentsOf(message: TelegramMessage): Attachment[] {
  const out: Attachment[] = [];
  if (message.photo && message.photo.length > 0) {
    // Telegram sends every size it made; the last is the largest, but trust the numbers.
    const largest = message.photo.reduce((a, b) =>
      b.width * b.height >= a.width * a.height ? b : a,
    );
    out.push({
      name: 'photo.jpg',
      mime: 'image/jpeg',
      size: largest.file_size ?? 0,
      source: largest.file_id,
    });
  }
  const files: [TelegramMessage['document'], string, string][] = [
    [message.document, 'document', 'application/octet-stream'],
    [message.voice, 'voice.ogg', 'audio/ogg'],
    [message.audio, 'audio.mp3', 'audio/mpeg'],
    [message.video, 'video.mp4', 'video/mp4'],
  ];
  for (const [file, defaultName, defaultMime] of files) {
    if (!file) continue;
    out.push({
      name: (file.file_name ?? defaultName).slice(0, 255),
      mime: (file.mime_type ?? defaultMime).slice(0, 255),
      size: file.file_size ?? 0,
      source: file.file_id,
    });
  }
  return out;
}

function isoOf(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}
