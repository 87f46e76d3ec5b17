// The Slack connector: Events API push, history backfill, replies in threads (issue 13). Each
// part lives in its own file; this one only assembles the port.
import type { Connector } from '../connector.ts';
import { fetchSlackFile } from './files.ts';
import { fetchSlackIdentity } from './identity.ts';
import { normalizeSlackEvent } from './normalize.ts';
import { pullSlack } from './pull.ts';
import {
  SlackCredentialsSchema,
  SlackSettingsSchema,
  type SlackCredentials,
  type SlackSettings,
} from './schemas.ts';
import { sendSlackReply } from './send.ts';
import { receiveSlackWebhook } from './webhook.ts';

export const slackConnector: Connector<SlackCredentials, SlackSettings> = {
  kind: 'slack',
  credentials: SlackCredentialsSchema,
  settings: SlackSettingsSchema,
  // The connection service shows the last four characters of this.
  hint: (credentials) => credentials.botToken,
  async test(env) {
    const identity = await fetchSlackIdentity(env);
    return { accountName: `${identity.team} (${identity.botName})` };
  },
  webhook: receiveSlackWebhook,
  normalize: normalizeSlackEvent,
  pull: pullSlack,
  send: sendSlackReply,
  fetchAttachment: (env, source, { maxBytes }) => fetchSlackFile(env, source, maxBytes),
};
