import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InboundMessageSchema } from '../../conversations/message.ts';
import { emailConnector } from './connector.ts';
import { EmailSettingsSchema } from './settings.ts';

const env = {
  connectionId: '00000000-0000-4000-8000-000000000001',
  credentials: { imapPassword: 'imap-Pa55-word', inboundSecret: 'inbound-secret-0123456789abcdef' },
  settings: EmailSettingsSchema.parse({
    address: 'Sales@Waymark.test',
    imap: { host: 'imap.waymark.test', port: 993, secure: true, user: 'sales' },
  }),
  apis: { slackApiUrl: 'http://127.0.0.1:1/', telegramApiUrl: 'http://127.0.0.1:1' },
};

const normalizeOne = async (mime: string) => {
  const messages = await emailConnector.normalize(env, { mime });
  expect(messages).toHaveLength(1);
  return InboundMessageSchema.parse(messages[0]);
};

const PDF = Buffer.from('%PDF-1.4 quote for 40 seats');

const MULTIPART = [
  'From: "Grace Hopper" <Grace@Acme.test>',
  'To: Sales <sales@waymark.test>, linus@acme.test',
  'Cc: "Ada" <ada@acme.test>',
  'Subject: =?utf-8?q?Quote_=E2=80=93_40_seats?=',
  'Date: Thu, 03 Dec 2026 10:00:00 +0100',
  'Message-ID: <root@acme.test>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: multipart/alternative; boundary="b2"',
  '',
  '--b2',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Please find the quote attached.',
  '--b2',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Please find the <b>quote</b> attached.</p>',
  '--b2--',
  '--b1',
  'Content-Type: application/pdf; name="quote.pdf"',
  'Content-Disposition: attachment; filename="quote.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  PDF.toString('base64'),
  '--b1--',
  '',
].join('\r\n');

describe('normalizing an email', () => {
  it('reads a multipart message: sender, recipients, text, html and the attachment', async () => {
    const message = await normalizeOne(MULTIPART);
    expect(message).toMatchObject({
      externalId: 'root@acme.test',
      externalThreadId: 'root@acme.test',
      direction: 'inbound',
      from: { handle: 'grace@acme.test', name: 'Grace Hopper' },
      to: [
        { handle: 'sales@waymark.test', name: 'Sales' },
        { handle: 'linus@acme.test' },
        { handle: 'ada@acme.test', name: 'Ada' },
      ],
      sentAt: '2026-12-03T09:00:00.000Z',
      subject: 'Quote – 40 seats',
      text: expect.stringContaining('Please find the quote attached.'),
      html: expect.stringContaining('<b>quote</b>'),
      headers: { messageId: '<root@acme.test>', subject: 'Quote – 40 seats' },
    });
    expect(message.attachments).toEqual([
      {
        name: 'quote.pdf',
        mime: 'application/pdf',
        size: PDF.length,
        sha256: createHash('sha256').update(PDF).digest('hex'),
      },
    ]);
  });

  it('threads a reply under the root of its References, and ours as outbound', async () => {
    const reply = [
      'From: Sales <sales@waymark.test>',
      'To: grace@acme.test',
      'Subject: Re: Quote',
      'Message-ID: <third@waymark.test>',
      'In-Reply-To: <second@acme.test>',
      'References: <root@acme.test>',
      '  <second@acme.test>',
      '',
      'Thanks!',
    ].join('\r\n');
    expect(await normalizeOne(reply)).toMatchObject({
      externalId: 'third@waymark.test',
      externalThreadId: 'root@acme.test',
      direction: 'outbound',
      headers: {
        messageId: '<third@waymark.test>',
        inReplyTo: '<second@acme.test>',
        references: '<root@acme.test> <second@acme.test>',
      },
    });

    const onlyInReplyTo = reply.replace(/References:.*\r\n.*\r\n/, '');
    expect(await normalizeOne(onlyInReplyTo)).toMatchObject({
      externalThreadId: 'second@acme.test',
    });
  });

  it('gives a message without Message-ID a stable id of its content', async () => {
    const raw = 'From: grace@acme.test\r\nSubject: no id\r\n\r\nHi';
    const first = await normalizeOne(raw);
    expect(first.externalId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.externalThreadId).toBe(first.externalId);
    expect((await normalizeOne(raw)).externalId).toBe(first.externalId);
    expect(first.headers.messageId).toBeUndefined();
  });

  it('refuses what is not an email', async () => {
    for (const payload of [
      { mime: '' },
      { mime: 'just some words' },
      { mime: 'Subject: x\r\n\r\nno sender' },
      { raw: 'x' },
      'mime',
    ]) {
      await expect(emailConnector.normalize(env, payload)).rejects.toThrow();
    }
  });
});

describe('the email connection settings', () => {
  it('refuse an inbound secret shorter than 24 characters, and hint at the inbound secret, never the password', () => {
    expect(
      emailConnector.credentials.safeParse({ imapPassword: 'p', inboundSecret: 'short' }).success,
    ).toBe(false);
    expect(
      emailConnector.hint({
        imapPassword: 'imap-Pa55-word',
        inboundSecret: `${'x'.repeat(20)}abcd`,
      }),
    ).toBe(`${'x'.repeat(20)}abcd`);
    expect(env.settings.mailboxes).toEqual(['INBOX']);
  });
});
