import { describe, expect, it } from 'vitest';
import { emailConnector } from './connector.ts';
import { EmailSettingsSchema } from './settings.ts';

const SECRET = 'inbound-secret-0123456789abcdef';
const env = {
  connectionId: '00000000-0000-4000-8000-000000000001',
  credentials: { imapPassword: 'imap-Pa55-word', inboundSecret: SECRET },
  settings: EmailSettingsSchema.parse({
    address: 'sales@waymark.test',
    imap: { host: 'imap.waymark.test', port: 993, secure: true, user: 'sales' },
  }),
  apis: { slackApiUrl: 'http://127.0.0.1:1/', telegramApiUrl: 'http://127.0.0.1:1' },
};

const RAW = [
  'From: Grace <grace@acme.test>',
  'To: sales@waymark.test',
  'Subject: Hello',
  'Message-ID:',
  ' <folded@acme.test>',
  '',
  'Hi',
].join('\r\n');

const deliver = (rawBody: string, secret?: string) =>
  emailConnector.webhook!(env, {
    rawBody,
    headers: new Headers(secret === undefined ? {} : { 'X-Waymark-Inbound-Secret': secret }),
  });

describe('the inbound-parse webhook', () => {
  it('takes raw MIME with the connection secret, one item keyed by its Message-ID', async () => {
    expect(await deliver(RAW, SECRET)).toEqual({
      kind: 'items',
      items: [{ externalId: 'folded@acme.test', payload: { mime: RAW } }],
    });
  });

  it('refuses a delivery without the secret or with another one, without echoing it', async () => {
    for (const secret of [undefined, '', 'inbound-secret-0123456789abcdeX', SECRET + 'x']) {
      const verdict = await deliver(RAW, secret);
      expect(verdict.kind).toBe('unauthorized');
      expect(JSON.stringify(verdict)).not.toContain(SECRET);
    }
  });

  it('keys a message without Message-ID by its content, so a redelivery is the same item', async () => {
    const raw = 'From: grace@acme.test\r\nSubject: no id\r\n\r\nHi';
    const first = await deliver(raw, SECRET);
    const again = await deliver(raw, SECRET);
    expect(first).toEqual(again);
    expect(first).toMatchObject({
      items: [{ externalId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) }],
    });
  });

  it('passes a body that is not MIME on, for normalize to refuse into the dead letters', async () => {
    const verdict = await deliver('{"not":"mime"}', SECRET);
    expect(verdict).toMatchObject({
      kind: 'items',
      items: [{ payload: { mime: '{"not":"mime"}' } }],
    });
    if (verdict.kind !== 'items') throw new Error('expected items');
    await expect(emailConnector.normalize(env, verdict.items[0]?.payload)).rejects.toThrow(
      /Malformed email/,
    );
  });
});
