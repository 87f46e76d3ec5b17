// What an admin enters for a Telegram bot (the secrets, kept in the vault) and the options that
// are not secret (push or pull, how long a quiet chat stays one conversation).
import { z } from 'zod';

export const TelegramCredentialsSchema = z.object({
  /** BotFather's token, `<bot id>:<secret>`: the bot id in front is how we recognise our own messages. */
  botToken: z
    .string()
    .max(200)
    .regex(/^\d{1,20}:[A-Za-z0-9_-]{1,180}$/, 'a bot token looks like 123456789:AAH…'),
  /** Telegram sends it back as X-Telegram-Bot-Api-Secret-Token on every webhook call (setWebhook's rule). */
  webhookSecret: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, '1 to 256 characters of A-Z, a-z, 0-9, _ and -'),
});
export type TelegramCredentials = z.infer<typeof TelegramCredentialsSchema>;

/** Four hours: a chat silent that long starts a new conversation (the contract's default). */
export const DEFAULT_QUIET_GAP_SECONDS = 14_400;

export const TelegramSettingsSchema = z.object({
  /**
   * push: Telegram POSTs each update to our webhook (setWebhook); pull: we ask with getUpdates.
   * Telegram allows one of the two at a time (getUpdates answers 409 while a webhook is set).
   */
  mode: z.enum(['push', 'pull']).default('pull'),
  quietGapSeconds: z
    .number()
    .int()
    .positive()
    .max(30 * 86_400)
    .default(DEFAULT_QUIET_GAP_SECONDS),
});
export type TelegramSettings = z.infer<typeof TelegramSettingsSchema>;

/** The bot's own user id: the digits before the colon of its token. */
export function botIdOf(credentials: TelegramCredentials): number {
  return Number(credentials.botToken.slice(0, credentials.botToken.indexOf(':')));
}
