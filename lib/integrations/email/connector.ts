// The email connector (kind 'email'): IMAP pull, the inbound-parse webhook, SMTP replies, and
// pulled attachments fetched again over IMAP.
import { z } from 'zod';
import type { Connector } from '../connector.ts';
import { testMailbox } from './connection-test.ts';
import { fetchEmailAttachment } from './fetch-attachment.ts';
import { pullMailboxes } from './imap-pull.ts';
import { splitInboundEmail } from './inbound-webhook.ts';
import { messageFromMime } from './mime.ts';
import {
  EmailCredentialsSchema,
  EmailSettingsSchema,
  type EmailCredentials,
  type EmailSettings,
} from './settings.ts';
import { sendReply } from './smtp-send.ts';

/** What the webhook stores ({ mime }) and what a pulled message's dead letter keeps (+ uid, mailbox). */
export const EmailPayloadSchema = z.object({
  mime: z.string(),
  uid: z.number().int().positive().optional(),
  mailbox: z.string().optional(),
});

export const emailConnector: Connector<EmailCredentials, EmailSettings> = {
  kind: 'email',
  credentials: EmailCredentialsSchema,
  settings: EmailSettingsSchema,
  // A password's last characters are not shown (they weaken it); the generated inbound secret's are.
  hint: (credentials) => credentials.inboundSecret,
  test: testMailbox,
  webhook: async (env, request) => splitInboundEmail(env.credentials.inboundSecret, request),
  normalize: async (env, payload) => {
    const { mime } = EmailPayloadSchema.parse(payload);
    return [await messageFromMime(mime, { ownAddress: env.settings.address })];
  },
  pull: pullMailboxes,
  send: sendReply,
  // Pulled messages' attachments only: a pushed message's MIME is not kept where this could read it.
  fetchAttachment: fetchEmailAttachment,
};
