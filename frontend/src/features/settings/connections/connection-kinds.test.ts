import { describe, expect, it } from 'vitest';
import {
  checkValues,
  CONNECTION_KINDS,
  initialValues,
  toConnectionInput,
} from './connection-kinds.ts';

const email = CONNECTION_KINDS.EMAIL;

describe('the connect form’s values', () => {
  it('put a mailbox’s secrets in credentials and its servers, nested, in settings', () => {
    const values = {
      ...initialValues(email),
      address: 'sales@acme.test',
      imapHost: 'imap.acme.test',
      imapUser: 'sales',
      imapPassword: 'app-password',
      inboundSecret: 'a'.repeat(24),
      mailboxes: 'INBOX, Support',
    };
    expect(checkValues(email.fields, values)).toEqual({});
    expect(toConnectionInput(email.fields, values)).toEqual({
      credentials: { imapPassword: 'app-password', inboundSecret: 'a'.repeat(24) },
      // No SMTP host: the mailbox is only read, and no half SMTP group is sent.
      settings: {
        address: 'sales@acme.test',
        imap: { host: 'imap.acme.test', port: 993, secure: true, user: 'sales' },
        mailboxes: ['INBOX', 'Support'],
      },
    });
  });

  it('ask for the whole SMTP server once its host is given, and for a long enough secret', () => {
    const values = {
      ...initialValues(email),
      smtpHost: 'smtp.acme.test',
      smtpPort: '',
      inboundSecret: 'short',
    };
    const errors = checkValues(email.fields, values);
    expect(errors.smtpPort).toBe('SMTP port is required.');
    expect(errors.smtpUser).toBe('SMTP user is required.');
    expect(errors.inboundSecret).toBe('Inbound secret must be at least 24 characters.');
    expect(errors.smtpPassword).toBeUndefined();
  });
});
