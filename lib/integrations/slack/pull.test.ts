// Backfill against the fake Slack: cursor pages, threads, 429s with Retry-After, and resuming
// from the cursor a crash left committed.
import { afterEach, describe, expect, it } from 'vitest';
import { InboundMessageSchema } from '../../conversations/message.ts';
import type { PullPage } from '../connector.ts';
import { slackTestEnv, startFakeSlack, type FakeSlack } from '../../../test/peers/slack.ts';
import { slackConnector } from './connector.ts';

const CHANNEL = 'C0SALES01';
let peer: FakeSlack | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

/** 1,000 channel messages, five of them threads with ten replies each: 1,050 in all. */
function seed(fake: FakeSlack): string[] {
  const ids: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const ts = fake.addMessage(CHANNEL, { text: `message ${i}`, user: `U0USER${i % 7}` });
    ids.push(`${CHANNEL}:${ts}`);
    if (i % 200 === 0)
      for (let r = 0; r < 10; r++)
        ids.push(
          `${CHANNEL}:${fake.addMessage(CHANNEL, { text: `reply ${r} to ${i}`, thread_ts: ts })}`,
        );
  }
  return ids;
}

/** Runs a pull the way the sync does: each page's cursor is committed before the next page. */
async function pullAll(
  env: ReturnType<typeof slackTestEnv>,
  cursors: Map<string, unknown>,
  stopAfter = Infinity,
) {
  const pages: PullPage[] = [];
  for await (const page of slackConnector.pull!(env, cursors)) {
    pages.push(page);
    cursors.set(page.scope, page.cursor);
    if (pages.length >= stopAfter) break;
  }
  return pages;
}

describe('Slack pull', () => {
  it('backfills 1,050 messages over 10+ pages with a 429 every 3rd call: each once, never early', async () => {
    peer = await startFakeSlack({ rateLimit: { every: 3, retryAfterSeconds: 1 } });
    const expected = seed(peer);
    const env = slackTestEnv(peer, { channels: [CHANNEL] });

    const pages = await pullAll(env, new Map());
    const ids = pages.flatMap((p) => p.messages.map((m) => m.externalId));

    expect(ids).toHaveLength(1050);
    expect(new Set(ids)).toEqual(new Set(expected));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(pages.every((p) => p.scope === `slack:${CHANNEL}` && p.malformed?.length === 0)).toBe(
      true,
    );
    for (const m of pages[0]!.messages) InboundMessageSchema.parse(m);
    const limited = peer.calls.filter((c) => c.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(4);
    // The peer counts every call that came back while a Retry-After was still running.
    expect(peer.earlyCalls).toBe(0);
  });

  it('files thread replies under their parent and sends each page oldest first', async () => {
    peer = await startFakeSlack();
    const parent = peer.addMessage(CHANNEL, { text: 'Pricing question' });
    const reply = peer.addMessage(CHANNEL, { text: 'Here is the sheet', thread_ts: parent });
    peer.addMessage(CHANNEL, { text: 'Later message' });
    const [page] = await pullAll(slackTestEnv(peer, { channels: [CHANNEL] }), new Map());
    expect(page!.messages.map((m) => m.text)).toEqual([
      'Pricing question',
      'Here is the sheet',
      'Later message',
    ]);
    expect(page!.messages[1]).toMatchObject({
      externalId: `${CHANNEL}:${reply}`,
      externalThreadId: `${CHANNEL}:${parent}`,
    });
  });

  it('asks for nothing already stored on the next pull, and finds what is new', async () => {
    peer = await startFakeSlack();
    for (let i = 0; i < 250; i++) peer.addMessage(CHANNEL, { text: `old ${i}` });
    const env = slackTestEnv(peer, { channels: [CHANNEL] });
    const cursors = new Map<string, unknown>();
    await pullAll(env, cursors);

    expect(await pullAll(env, cursors)).toEqual([]);
    for (let i = 0; i < 3; i++) peer.addMessage(CHANNEL, { text: `new ${i}` });
    const pages = await pullAll(env, cursors);
    expect(pages.flatMap((p) => p.messages.map((m) => m.text))).toEqual([
      'new 0',
      'new 1',
      'new 2',
    ]);
  });

  it('resumes from the cursor a crash left committed and loses nothing', async () => {
    peer = await startFakeSlack();
    for (let i = 0; i < 550; i++) peer.addMessage(CHANNEL, { text: `m ${i}` });
    const env = slackTestEnv(peer, { channels: [CHANNEL] });
    const cursors = new Map<string, unknown>();
    const before = await pullAll(env, cursors, 3); // the process dies after committing page 3
    peer.addMessage(CHANNEL, { text: 'arrived during the outage' });
    const after = await pullAll(env, cursors);
    const again = await pullAll(env, cursors);

    const texts = [...before, ...after, ...again].flatMap((p) => p.messages.map((m) => m.text));
    expect(texts).toHaveLength(551);
    expect(new Set(texts).size).toBe(551);
    expect(texts).toContain('arrived during the outage');
  });

  it('reports a channel the bot cannot see as a ConnectorError that is not retried', async () => {
    peer = await startFakeSlack();
    await expect(
      pullAll(slackTestEnv(peer, { channels: ['C0MISSING'] }), new Map()),
    ).rejects.toMatchObject({
      name: 'ConnectorError',
      code: 'channel_not_found',
      retryable: false,
    });
  });
});
