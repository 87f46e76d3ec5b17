// The Events API endpoint's checks, as Slack's deliveries meet them: real v0 signatures from the
// event sender in test/peers/slack.ts, no network needed.
import { describe, expect, it } from 'vitest';
import {
  eventCallback,
  SIGNING_SECRET,
  signedDelivery,
  slackTestEnv,
  TEAM,
  urlVerification,
} from '../../../test/peers/slack.ts';
import { slackConnector } from './connector.ts';

const env = slackTestEnv(undefined);
const message = {
  type: 'message',
  channel: 'C0SALES01',
  user: 'U0ADA0001',
  text: 'Hi',
  ts: '1700000001.000100',
};

describe('Slack webhook', () => {
  it('accepts a signed event and keys it by its event_id', async () => {
    const body = eventCallback(message, { eventId: 'Ev0ACCEPT1' });
    const verdict = await slackConnector.webhook!(env, signedDelivery(body));
    expect(verdict).toEqual({
      kind: 'items',
      items: [{ externalId: 'Ev0ACCEPT1', payload: body }],
    });
  });

  it('gives a retry (X-Slack-Retry-Num) the same event_id, so storage keeps one', async () => {
    const body = eventCallback(message);
    const first = await slackConnector.webhook!(env, signedDelivery(body));
    const retries = await Promise.all(
      [1, 2, 3].map((retryNum) => slackConnector.webhook!(env, signedDelivery(body, { retryNum }))),
    );
    for (const retry of retries) expect(retry).toEqual(first);
  });

  it('refuses a body with one bit flipped after signing', async () => {
    const delivery = signedDelivery(eventCallback(message), { tamper: 'flip-body-bit' });
    expect((await slackConnector.webhook!(env, delivery)).kind).toBe('unauthorized');
  });

  it('refuses a wrong signature, a wrong secret and missing headers', async () => {
    const body = eventCallback(message);
    const bad = signedDelivery(body, { tamper: 'bad-signature' });
    const otherSecret = signedDelivery(body, { secret: 'another-apps-signing-secret' });
    const unsigned = {
      headers: new Headers({ 'content-type': 'application/json' }),
      rawBody: JSON.stringify(body),
    };
    for (const delivery of [bad, otherSecret, unsigned])
      expect((await slackConnector.webhook!(env, delivery)).kind).toBe('unauthorized');
  });

  it('refuses a delivery signed six minutes ago (a replay), or six minutes ahead', async () => {
    const body = eventCallback(message);
    const stale = await slackConnector.webhook!(env, signedDelivery(body, { ageSeconds: 6 * 60 }));
    const ahead = await slackConnector.webhook!(env, signedDelivery(body, { ageSeconds: -6 * 60 }));
    expect(stale).toMatchObject({
      kind: 'unauthorized',
      reason: expect.stringMatching(/five minutes/),
    });
    expect(ahead.kind).toBe('unauthorized');
    // Four minutes is within Slack's tolerance.
    expect(
      (await slackConnector.webhook!(env, signedDelivery(body, { ageSeconds: 4 * 60 }))).kind,
    ).toBe('items');
  });

  it('answers url_verification with its challenge, and only when signed', async () => {
    const verdict = await slackConnector.webhook!(
      env,
      signedDelivery(urlVerification('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P')),
    );
    expect(verdict.kind).toBe('respond');
    if (verdict.kind !== 'respond') return;
    expect(verdict.response.status).toBe(200);
    expect(await verdict.response.json()).toEqual({
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
    });
    const forged = signedDelivery(urlVerification('x'), { secret: 'not-the-secret' });
    expect((await slackConnector.webhook!(env, forged)).kind).toBe('unauthorized');
  });

  it('acknowledges other deliveries (app_rate_limited) with nothing to store', async () => {
    const body = { type: 'app_rate_limited', team_id: TEAM.id, minute_rate_limited: 1518467820 };
    expect(await slackConnector.webhook!(env, signedDelivery(body))).toEqual({
      kind: 'items',
      items: [],
    });
  });

  it("ignores another workspace's events when the connection names its team", async () => {
    const scoped = slackTestEnv(undefined, { teamId: TEAM.id });
    const foreign = eventCallback(message, { teamId: 'T0ELSEWHR' });
    expect(await slackConnector.webhook!(scoped, signedDelivery(foreign))).toEqual({
      kind: 'items',
      items: [],
    });
    const own = await slackConnector.webhook!(scoped, signedDelivery(eventCallback(message)));
    expect(own.kind === 'items' && own.items).toHaveLength(1);
  });

  it('stores a signed but unreadable body once, for the dead-letter table, and normalizing it throws', async () => {
    const first = await slackConnector.webhook!(
      env,
      signedDelivery('{"type": "event_callback", oops'),
    );
    const again = await slackConnector.webhook!(
      env,
      signedDelivery('{"type": "event_callback", oops', { retryNum: 1 }),
    );
    expect(first).toEqual(again);
    if (first.kind !== 'items') throw new Error('expected items');
    expect(first.items[0]!.externalId).toMatch(/^malformed:[0-9a-f]{32}$/);
    await expect(slackConnector.normalize(env, first.items[0]!.payload)).rejects.toThrow();
  });

  it('never puts the signing secret in a refusal', async () => {
    const verdict = await slackConnector.webhook!(
      env,
      signedDelivery(eventCallback(message), { tamper: 'bad-signature' }),
    );
    expect(JSON.stringify(verdict)).not.toContain(SIGNING_SECRET);
  });
});
