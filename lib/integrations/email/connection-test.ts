// "Test connection": log in to IMAP (and check SMTP when the mailbox sends), then leave.
import type { ConnectorEnv } from '../connector.ts';
import { smtpError } from './errors.ts';
import { closeImap, openImap } from './imap-client.ts';
import type { EmailCredentials, EmailSettings } from './settings.ts';
import { smtpServerName, smtpTransport } from './smtp-send.ts';

export async function testMailbox(
  env: ConnectorEnv<EmailCredentials, EmailSettings>,
): Promise<{ accountName: string }> {
  await closeImap(await openImap(env.credentials, env.settings));
  if (env.settings.smtp) {
    const transport = smtpTransport(env.credentials, env.settings);
    try {
      await transport.verify();
    } catch (error) {
      throw smtpError(error, smtpServerName(env.settings));
    } finally {
      transport.close();
    }
  }
  return { accountName: env.settings.address };
}
