import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  SMTP_PASSWORD,
  startSmtpServer,
  type SmtpTestServer,
} from '../../../test/helpers/smtp-server.ts';
import type { ReplyTarget } from '../connector.ts';
import { emailConnector } from './connector.ts';
import { EmailSettingsSchema } from './settings.ts';

const OWN = 'sales@waymark.test';
const credentials = {
  imapPassword: 'imap-Pa55-unused-here',
  smtpPassword: SMTP_PASSWORD,
  inboundSecret: 'inbound-secret-0123456789abcdef',
};

function envFor(port: number, creds = credentials) {
  return {
    connectionId: '00000000-0000-4000-8000-000000000001',
    credentials: creds,
    settings: EmailSettingsSchema.parse({
      address: OWN,
      imap: { host: '127.0.0.1', port: 1, secure: false, user: OWN },
      smtp: { host: '127.0.0.1', port, secure: false, user: 'waymark' },
    }),
    apis: { slackApiUrl: 'http://127.0.0.1:1/', telegramApiUrl: 'http://127.0.0.1:1' },
  };
}

const answering: ReplyTarget = {
  externalThreadId: 'root@acme.test',
  replyTo: {
    externalId: 'second@acme.test',
    from: 'grace@acme.test',
    subject: 'Pricing for 40 seats',
    headers: {
      messageId: '<second@acme.test>',
      inReplyTo: '<root@acme.test>',
      references: '<root@acme.test>',
      subject: 'Pricing for 40 seats',
    },
  },
  participants: ['grace@acme.test', OWN, 'linus@acme.test'],
};

let smtp: SmtpTestServer | undefined;
let extra: SMTPServer | undefined;
afterEach(async () => {
  await smtp?.close();
  await new Promise<void>((resolve) => (extra ? extra.close(() => resolve()) : resolve()));
  smtp = extra = undefined;
});

describe('sending a reply over SMTP', () => {
  it('threads it under the message answered, from our address to its sender', async () => {
    smtp = await startSmtpServer();
    const sent = await emailConnector.send(envFor(smtp.port), answering, {
      text: 'Here is the quote.',
      idempotencyKey: 'reply-1',
    });

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.rcptTo).toEqual(['grace@acme.test']);
    expect(mail.mailFrom).toBe(OWN);
    expect(mail.headers['subject']).toBe('Re: Pricing for 40 seats');
    expect(mail.headers['in-reply-to']).toBe('<second@acme.test>');
    expect(mail.headers['references']).toBe('<root@acme.test> <second@acme.test>');
    expect(mail.headers['message-id']).toMatch(/^<[0-9a-f-]{36}@waymark\.test>$/);
    expect(mail.headers['x-waymark-reply-id']).toBe('reply-1');
    expect(mail.body).toContain('Here is the quote.');

    expect(`<${sent.externalId}>`).toBe(mail.headers['message-id']);
    expect(sent.headers).toMatchObject({
      messageId: mail.headers['message-id'],
      inReplyTo: '<second@acme.test>',
      references: '<root@acme.test> <second@acme.test>',
    });
  });

  it('keeps one Re: and one Message-ID per reply, whatever the retries', async () => {
    smtp = await startSmtpServer();
    const target = { ...answering, replyTo: { ...answering.replyTo!, subject: 'RE: Pricing' } };
    const first = await emailConnector.send(envFor(smtp.port), target, {
      text: 'a',
      idempotencyKey: 'k',
    });
    const retry = await emailConnector.send(envFor(smtp.port), target, {
      text: 'a',
      idempotencyKey: 'k',
    });
    expect(retry.externalId).toBe(first.externalId);
    expect(smtp.received.map((m) => m.headers['subject'])).toEqual(['RE: Pricing', 'RE: Pricing']);
  });

  it('writes to the other participants when the last message was our own', async () => {
    smtp = await startSmtpServer();
    const target = { ...answering, replyTo: { ...answering.replyTo!, from: OWN } };
    await emailConnector.send(envFor(smtp.port), target, { text: 'ping', idempotencyKey: 'k2' });
    expect(smtp.received[0]?.rcptTo).toEqual(['grace@acme.test', 'linus@acme.test']);
  });

  it('answers a refused login as permanent, without the password', async () => {
    smtp = await startSmtpServer();
    const error = await emailConnector
      .send(envFor(smtp.port, { ...credentials, smtpPassword: 'wrong-Smtp-Pa55-91' }), answering, {
        text: 'x',
        idempotencyKey: 'k3',
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConnectorError', code: 'auth_failed', retryable: false });
    expect(JSON.stringify(error) + String(error)).not.toMatch(/wrong-Smtp-Pa55-91|s3cret-Pa55/);
    expect(smtp.received).toHaveLength(0);
  });

  it('answers a 5xx as permanent and a 4xx as retryable', async () => {
    let responseCode = 550;
    extra = new SMTPServer({
      authOptional: true,
      hideSTARTTLS: true,
      allowInsecureAuth: true,
      logger: false,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'waymark' }),
      onRcptTo: (_address, _session, callback) =>
        callback(Object.assign(new Error('mailbox says no'), { responseCode })),
    });
    await new Promise<void>((resolve) => extra!.listen(0, '127.0.0.1', resolve));
    const port = (extra.server.address() as AddressInfo).port;
    const send = () =>
      emailConnector
        .send(envFor(port), answering, { text: 'x', idempotencyKey: 'k4' })
        .catch((e: unknown) => e);

    expect(await send()).toMatchObject({ code: 'rejected', retryable: false });
    responseCode = 451;
    expect(await send()).toMatchObject({ code: 'deferred', retryable: true });
  });

  it('answers an SMTP server that is down as retryable', async () => {
    smtp = await startSmtpServer();
    const port = smtp.port;
    await smtp.close();
    smtp = undefined;
    await expect(
      emailConnector.send(envFor(port), answering, { text: 'x', idempotencyKey: 'k5' }),
    ).rejects.toMatchObject({ code: 'unreachable', retryable: true });
  });
});
