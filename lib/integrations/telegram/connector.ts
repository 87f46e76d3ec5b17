// The Telegram bot connector: the port (lib/integrations/connector.ts) over grammY's Api, for
// push (setWebhook with a secret token) and pull (getUpdates). Registered in lib/server/modules.ts.
import type { Connector } from '../connector.ts';
import { botApi, callBotApi, type TelegramEnv } from './bot-api.ts';
import {
  botIdOf,
  TelegramCredentialsSchema,
  TelegramSettingsSchema,
  type TelegramCredentials,
  type TelegramSettings,
} from './credentials.ts';
import { downloadFile } from './files.ts';
import { normalizeUpdate } from './normalize.ts';
import { pullUpdates } from './pull.ts';
import { sendReply } from './send.ts';
import { verifyWebhook } from './webhook.ts';

export const telegramConnector: Connector<TelegramCredentials, TelegramSettings> = {
  kind: 'telegram',
  credentials: TelegramCredentialsSchema,
  settings: TelegramSettingsSchema,
  // The port asks for the secret itself; the connection service keeps only its last four characters.
  hint: (credentials) => credentials.botToken,

  async test(env) {
    const me = await callBotApi(env, 'getMe', (signal) => botApi(env).getMe(signal));
    return { accountName: me.username ? `@${me.username}` : me.first_name };
  },

  async webhook(env, request) {
    return verifyWebhook(env.credentials.webhookSecret, request);
  },

  async normalize(env, payload) {
    return normalizeUpdate(payload, {
      botId: botIdOf(env.credentials),
      quietGapSeconds: env.settings.quietGapSeconds,
    });
  },

  pull: (env, cursors) => pullUpdates(env, cursors),

  send: (env, target, reply) => sendReply(env, target, reply),

  async fetchAttachment(env, fileId, { maxBytes }) {
    const { bytes } = await downloadFile(env, fileId, maxBytes);
    return { bytes };
  },

  async register(env, webhookUrl) {
    await registerWebhook(env, webhookUrl);
  },
};

/**
 * Push mode points Telegram at our endpoint with the secret it will send back; pull mode removes
 * any webhook, without which getUpdates answers 409. Pending updates are kept either way.
 */
async function registerWebhook(env: TelegramEnv, webhookUrl: string): Promise<void> {
  const api = botApi(env);
  if (env.settings.mode === 'push') {
    await callBotApi(env, 'setWebhook', (signal) =>
      api.setWebhook(webhookUrl, { secret_token: env.credentials.webhookSecret }, signal),
    );
  } else {
    await callBotApi(env, 'deleteWebhook', (signal) =>
      api.deleteWebhook({ drop_pending_updates: false }, signal),
    );
  }
}
