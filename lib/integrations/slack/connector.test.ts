// The Slack connector as the connections screen meets it: what credentials it accepts, what
// "test" says, and that no failure anywhere repeats a token or the signing secret.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectorError } from '../connector.ts';
import { connectorFor } from '../registry.ts';
import {
  BOT_TOKEN,
  eventCallback,
  SIGNING_SECRET,
  signedDelivery,
  slackTestEnv,
  startFakeSlack,
  type FakeSlack,
} from '../../../test/peers/slack.ts';
import { slackConnector } from './connector.ts';

let peer: FakeSlack | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

describe('Slack connector', () => {
  it('is registered for slack connections', () => {
    expect(connectorFor('slack')).toBe(slackConnector);
  });

  it('accepts a bot token and a signing secret, and shows the last four characters of the token', () => {
    const credentials = slackConnector.credentials.parse({
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
    });
    expect(slackConnector.hint(credentials)).toBe(BOT_TOKEN);
    expect(
      slackConnector.credentials.safeParse({
        botToken: 'xoxp-user-token-123456',
        signingSecret: SIGNING_SECRET,
      }).success,
    ).toBe(false);
    expect(slackConnector.credentials.safeParse({ botToken: BOT_TOKEN }).success).toBe(false);
    expect(slackConnector.settings.parse({})).toEqual({ channels: [] });
    expect(slackConnector.settings.safeParse({ channels: ['not a channel'] }).success).toBe(false);
  });

  it('names the workspace and the bot when the token works', async () => {
    peer = await startFakeSlack();
    expect(await slackConnector.test(slackTestEnv(peer))).toEqual({
      accountName: 'Acme Test (waymark)',
    });
  });

  it('says invalid_auth, not retryable, for a token Slack does not know', async () => {
    peer = await startFakeSlack();
    const error = await slackConnector
      .test(slackTestEnv(peer, { botToken: 'xoxb-9999-unknown-token-zzzz' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ code: 'invalid_auth', retryable: false });
  });

  it('never puts a token or the signing secret in an error, whatever fails', async () => {
    peer = await startFakeSlack();
    const printed: unknown[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(args));
    const otherToken = 'xoxb-9999-unknown-token-zzzz';
    const parent = peer.addMessage('C0SALES01', { text: 'Hello' });
    const errors: unknown[] = [];
    const collect = (p: Promise<unknown>) =>
      p.then(
        () => errors.push(new Error('expected a failure')),
        (e: unknown) => errors.push(e),
      );
    const reply = { text: 'Hi', idempotencyKey: 'k' };
    const target = { externalThreadId: `C0SALES01:${parent}`, participants: [] };

    await collect(slackConnector.test(slackTestEnv(peer, { botToken: otherToken })));
    peer.failNext('chat.postMessage', 500);
    await collect(slackConnector.send(slackTestEnv(peer), target, reply));
    // Nothing listens here: the request itself fails.
    await collect(slackConnector.send(slackTestEnv(undefined), target, reply));
    await collect(
      slackConnector.normalize(
        slackTestEnv(undefined),
        eventCallback(
          {
            type: 'message',
            channel: 'C0SALES01',
            user: 'U1',
            text: 'x',
            ts: '1700000001.000100',
          },
          // Without authorizations normalizing asks auth.test, here of nobody.
          { authorizations: false },
        ),
      ),
    );
    await collect(
      (async () => {
        for await (const _ of slackConnector.pull!(
          slackTestEnv(peer, { channels: ['C0MISSING'] }),
          new Map(),
        ))
          void _;
      })(),
    );
    peer.revoke(BOT_TOKEN);
    await collect(slackConnector.send(slackTestEnv(peer), target, reply));
    await collect(slackConnector.test(slackTestEnv(peer)));
    const verdict = await slackConnector.webhook!(
      slackTestEnv(peer),
      signedDelivery('{}', { tamper: 'bad-signature' }),
    );

    expect(errors).toHaveLength(7);
    for (const error of errors) {
      expect(error).toBeInstanceOf(ConnectorError);
      const e = error as ConnectorError;
      const text = [
        e.message,
        e.stack,
        String(e),
        JSON.stringify(e),
        JSON.stringify(e.cause ?? null),
      ].join('\n');
      for (const secret of [BOT_TOKEN, otherToken, SIGNING_SECRET])
        expect(text).not.toContain(secret);
    }
    expect(JSON.stringify(verdict)).not.toContain(SIGNING_SECRET);
    // The Slack client logs nothing at all (its default logger would print request details).
    expect(printed).toEqual([]);
    vi.restoreAllMocks();
  });
});
