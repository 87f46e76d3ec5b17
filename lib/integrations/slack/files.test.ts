// A Slack file's url_private, fetched with the bot token from the loopback peer; the token goes
// nowhere but Slack's file host.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, slackTestEnv, startFakeSlack } from '../../../test/peers/slack.ts';
import { ConnectorError } from '../connector.ts';
import { slackConnector } from './connector.ts';
import { isSlackFileUrl } from './files.ts';

let peer: FakeSlack;
beforeAll(async () => {
  peer = await startFakeSlack();
});
afterAll(() => peer.close());

const fetchFile = (source: string, options: { botToken?: string; maxBytes?: number } = {}) =>
  slackConnector.fetchAttachment!(
    slackTestEnv(peer, options.botToken ? { botToken: options.botToken } : {}),
    source,
    { maxBytes: options.maxBytes ?? 1024 },
  );

async function failureOf(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe("the Slack connector's fetchAttachment", () => {
  it('downloads url_private with the bot token, with its type', async () => {
    const url = peer.addFile(Buffer.from('%PDF quote'), 'quote.pdf', 'application/pdf');
    const file = await fetchFile(url);
    expect(Buffer.from(file.bytes).toString()).toBe('%PDF quote');
    expect(file.mime).toBe('application/pdf');
  });

  it("refuses Slack's sign-in page (a token without files:read) as unavailable", async () => {
    const url = peer.addFile(Buffer.from('x'), 'x.txt', 'text/plain');
    peer.addToken('xoxb-9999-8888-otherTokenNotKnown');
    peer.revoke('xoxb-9999-8888-otherTokenNotKnown');
    const failure = await failureOf(
      fetchFile(url, { botToken: 'xoxb-9999-8888-otherTokenNotKnown' }),
    );
    expect(failure).toMatchObject({ code: 'file_unavailable', retryable: false });
  });

  it('refuses a file over the limit, as file_too_large', async () => {
    const url = peer.addFile(Buffer.alloc(2048, 1), 'big.bin');
    expect(await failureOf(fetchFile(url))).toMatchObject({
      code: 'file_too_large',
      retryable: false,
    });
  });

  it('sends the token to no host but Slack’s file host and the configured API', async () => {
    let reached = 0;
    const stranger = createServer((_req, res) => {
      reached++;
      res.end('x');
    });
    await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
    const elsewhere = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}/files-pri/x`;
    try {
      expect(await failureOf(fetchFile(elsewhere))).toMatchObject({ code: 'file_unavailable' });
      expect(reached).toBe(0);
    } finally {
      await new Promise<void>((resolve) => stranger.close(() => resolve()));
    }
    const env = slackTestEnv(undefined);
    expect(isSlackFileUrl(env, 'https://files.slack.com/files-pri/T1-F2/a.pdf')).toBe(true);
    expect(isSlackFileUrl(env, 'http://files.slack.com/files-pri/T1-F2/a.pdf')).toBe(false);
    expect(isSlackFileUrl(env, 'https://files.slack.com.evil.test/a.pdf')).toBe(false);
    expect(isSlackFileUrl(env, 'https://files.slack.com:8443/a.pdf')).toBe(false);
    expect(isSlackFileUrl(env, 'not a url')).toBe(false);
  });
});
