// What an admin enters for a mailbox: the secrets (kept in the vault) and the servers.
// Hosts are user input by nature for email (every provider has its own IMAP and SMTP servers), so
// unlike the Slack and Telegram API bases they cannot come from server configuration. We refuse
// nothing special about them; IMAP and SMTP have no redirects to follow, and we open no HTTP
// connection to these hosts.
import { z } from 'zod';

export const EmailCredentialsSchema = z.object({
  imapPassword: z.string().min(1).max(1000),
  /** The SMTP password when it differs from the IMAP one (most providers use one for both). */
  smtpPassword: z.string().min(1).max(1000).optional(),
  /** Shared with the inbound-parse service, sent in `X-Waymark-Inbound-Secret`. */
  inboundSecret: z.string().min(24).max(1000),
});
export type EmailCredentials = z.infer<typeof EmailCredentialsSchema>;

const ServerSchema = z.object({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65_535),
  /** true: TLS from the first byte (993, 465); false: STARTTLS when the server offers it. */
  secure: z.boolean(),
  user: z.string().min(1).max(320),
});

export const EmailSettingsSchema = z.object({
  /** The mailbox's own address: a message from it is outbound, replies are sent from it. */
  address: z.email().max(320),
  imap: ServerSchema,
  /** Without it the connection only reads (pull and inbound webhook); replies fail. */
  smtp: ServerSchema.optional(),
  mailboxes: z.array(z.string().min(1).max(500)).min(1).max(50).default(['INBOX']),
});
export type EmailSettings = z.output<typeof EmailSettingsSchema>;
