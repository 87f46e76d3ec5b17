// Replies into Slack threads against the fake Slack, and what a failure tells the delivery queue.
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../connector.ts';
import {
  BOT_TOKEN,
  slackTestEnv,
  startFakeSlack,
  type FakeSlack,
} from '../../../test/peers/slack.ts';
import { slackConnector } from './connector.ts';
import { findSlackReply } from './reconcile.ts';

const CHANNEL = 'C0SALES01';
let peer: FakeSlack | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

const target = (threadTs: string, channel = CHANNEL) => ({
  externalThreadId: `${channel}:${threadTs}`,
  participants: [],
});

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('Slack send', () => {
  it('posts into the thread with the idempotency key as message metadata', async () => {
    peer = await startFakeSlack();
    const parent = peer.addMessage(CHANNEL, { text: 'Can you send the quote?' });
    const env = slackTestEnv(peer, { channels: [CHANNEL] });

    const sent = await slackConnector.send(env, target(parent), {
      text: 'Attached, Ada.',
      idempotencyKey: 'reply-42',
    });

    expect(peer.posted).toEqual([
      {
        channel: CHANNEL,
        thread_ts: parent,
        text: 'Attached, Ada.',
        metadata: { event_type: 'waymark_reply', event_payload: { idempotencyKey: 'reply-42' } },
        ts: expect.any(String),
      },
    ]);
    expect(sent).toMatchObject({
      externalId: `${CHANNEL}:${peer.posted[0]!.ts}`,
      headers: { threadTs: parent },
    });
    // A pull finds the reply in the same thread, as our bot's outbound message, under the same id.
    const pulled = [];
    for await (const page of slackConnector.pull!(env, new Map())) pulled.push(...page.messages);
    expect(pulled.find((m) => m.externalId === sent.externalId)).toMatchObject({
      direction: 'outbound',
      externalThreadId: `${CHANNEL}:${parent}`,
    });
  });

  it('finds a reply already posted by its idempotency key, so a crash before recording it does not post it twice', async () => {
    peer = await startFakeSlack();
    const parent = peer.addMessage(CHANNEL, { text: 'Can you send the quote?' });
    peer.addMessage(CHANNEL, { text: 'Any news?', thread_ts: parent });
    const env = slackTestEnv(peer);
    const sent = await slackConnector.send(env, target(parent), {
      text: 'Attached.',
      idempotencyKey: 'reply-7',
    });

    expect(await findSlackReply(env, target(parent), 'reply-7')).toEqual(sent);
    expect(await findSlackReply(env, target(parent), 'reply-8')).toBeUndefined();
    expect(peer.posted).toHaveLength(1);
  });

  it('fails a revoked token without retrying', async () => {
    peer = await startFakeSlack();
    const parent = peer.addMessage(CHANNEL, { text: 'Hello' });
    peer.revoke(BOT_TOKEN);
    const error = await failure(
      slackConnector.send(slackTestEnv(peer), target(parent), { text: 'Hi', idempotencyKey: 'k1' }),
    );
    expect(error).toMatchObject({ code: 'token_revoked', retryable: false });
    expect(error.message).toMatch(/revoked/);
  });

  it('fails channel_not_found and not_in_channel without retrying', async () => {
    peer = await startFakeSlack();
    peer.addChannel('C0NOTMEMB', { member: false });
    const env = slackTestEnv(peer);
    const missing = await failure(
      slackConnector.send(env, target('1700000001.000100', 'C0MISSING'), {
        text: 'Hi',
        idempotencyKey: 'k2',
      }),
    );
    const outside = await failure(
      slackConnector.send(env, target('1700000001.000100', 'C0NOTMEMB'), {
        text: 'Hi',
        idempotencyKey: 'k3',
      }),
    );
    expect(missing).toMatchObject({ code: 'channel_not_found', retryable: false });
    expect(outside).toMatchObject({ code: 'not_in_channel', retryable: false });
  });

  it('hands a 429 back as retryable with its Retry-After, having posted nothing', async () => {
    peer = await startFakeSlack({
      rateLimit: { every: 1, retryAfterSeconds: 30, methods: ['chat.postMessage'] },
    });
    const parent = peer.addMessage(CHANNEL, { text: 'Hello' });
    const error = await failure(
      slackConnector.send(slackTestEnv(peer), target(parent), { text: 'Hi', idempotencyKey: 'k4' }),
    );
    expect(error).toMatchObject({ code: 'ratelimited', retryable: true, retryAfterSeconds: 30 });
    expect(peer.posted).toEqual([]);
  });

  it('hands a 5xx back as retryable after one attempt, so a post is never repeated behind the queue', async () => {
    peer = await startFakeSlack();
    const parent = peer.addMessage(CHANNEL, { text: 'Hello' });
    peer.failNext('chat.postMessage', 503);
    const error = await failure(
      slackConnector.send(slackTestEnv(peer), target(parent), { text: 'Hi', idempotencyKey: 'k5' }),
    );
    expect(error).toMatchObject({ code: 'http_503', retryable: true });
    expect(peer.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('refuses a thread id that is not a Slack thread', async () => {
    const error = await failure(
      slackConnector.send(
        slackTestEnv(undefined),
        { externalThreadId: 'ada@acme.test', participants: [] },
        { text: 'Hi', idempotencyKey: 'k6' },
      ),
    );
    expect(error).toMatchObject({ code: 'invalid_thread', retryable: false });
  });
});
