// Events API message events in Waymark's message shape, with the bot's identity learned from the
// fake Slack's auth.test.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboundMessageSchema } from '../../conversations/message.ts';
import {
  BOT,
  eventCallback,
  slackTestEnv,
  startFakeSlack,
  TEAM,
  type FakeSlack,
} from '../../../test/peers/slack.ts';
import { slackConnector } from './connector.ts';

let peer: FakeSlack;
beforeAll(async () => {
  peer = await startFakeSlack();
});
afterAll(() => peer.close());

const normalize = (event: Record<string, unknown>) =>
  slackConnector.normalize(slackTestEnv(peer), eventCallback(event));

describe('Slack normalize', () => {
  it('turns a message into one inbound message with its channel ids, sender handle and files', async () => {
    const [message, ...rest] = await normalize({
      type: 'message',
      channel: 'C0SALES01',
      user: 'U0ADA0001',
      text: 'Can we move the demo to Friday?',
      ts: '1700000001.000100',
      user_profile: { real_name: 'Ada Lovelace', display_name: 'ada' },
      files: [
        {
          id: 'F1',
          name: 'quote.pdf',
          mimetype: 'application/pdf',
          size: 2048,
          url_private: 'https://files.slack.com/quote.pdf',
        },
      ],
    });
    expect(rest).toEqual([]);
    expect(InboundMessageSchema.parse(message)).toMatchObject({
      externalId: 'C0SALES01:1700000001.000100',
      externalThreadId: 'C0SALES01:1700000001.000100',
      direction: 'inbound',
      from: { handle: `slack:${TEAM.id}:U0ADA0001`, name: 'Ada Lovelace' },
      sentAt: '2023-11-14T22:13:21.000Z',
      text: 'Can we move the demo to Friday?',
      attachments: [
        {
          name: 'quote.pdf',
          mime: 'application/pdf',
          size: 2048,
          source: 'https://files.slack.com/quote.pdf',
        },
      ],
    });
  });

  it("files a thread reply under its parent's thread", async () => {
    const [reply] = await normalize({
      type: 'message',
      channel: 'C0SALES01',
      user: 'U0ADA0001',
      text: 'Friday works',
      ts: '1700000050.000200',
      thread_ts: '1700000001.000100',
    });
    expect(reply).toMatchObject({
      externalId: 'C0SALES01:1700000050.000200',
      externalThreadId: 'C0SALES01:1700000001.000100',
    });
  });

  it('turns message_changed into an edit of the original ts, with when it was edited', async () => {
    const [edit] = await normalize({
      type: 'message',
      subtype: 'message_changed',
      channel: 'C0SALES01',
      ts: '1700000090.000300',
      hidden: true,
      message: {
        type: 'message',
        user: 'U0ADA0001',
        text: 'Friday 3pm works',
        ts: '1700000050.000200',
        thread_ts: '1700000001.000100',
        edited: { user: 'U0ADA0001', ts: '1700000089.000000' },
      },
      previous_message: {
        type: 'message',
        user: 'U0ADA0001',
        text: 'Friday works',
        ts: '1700000050.000200',
      },
    });
    expect(InboundMessageSchema.parse(edit)).toMatchObject({
      externalId: 'C0SALES01:1700000050.000200',
      externalThreadId: 'C0SALES01:1700000001.000100',
      text: 'Friday 3pm works',
      editedAt: '2023-11-14T22:14:49.000Z',
    });
    expect(edit!.deleted).toBeUndefined();
  });

  it('turns message_deleted into a deleted message with no text left', async () => {
    const [deleted] = await normalize({
      type: 'message',
      subtype: 'message_deleted',
      channel: 'C0SALES01',
      ts: '1700000095.000400',
      hidden: true,
      deleted_ts: '1700000050.000200',
      previous_message: {
        type: 'message',
        user: 'U0ADA0001',
        text: 'Friday 3pm works',
        ts: '1700000050.000200',
        thread_ts: '1700000001.000100',
      },
    });
    expect(InboundMessageSchema.parse(deleted)).toMatchObject({
      externalId: 'C0SALES01:1700000050.000200',
      externalThreadId: 'C0SALES01:1700000001.000100',
      from: { handle: `slack:${TEAM.id}:U0ADA0001` },
      deleted: true,
      text: '',
    });
  });

  it("marks our own bot's messages outbound, and another bot's inbound", async () => {
    const [ours] = await normalize({
      type: 'message',
      channel: 'C0SALES01',
      user: BOT.userId,
      bot_id: BOT.botId,
      text: 'Sure, booked.',
      ts: '1700000060.000500',
      thread_ts: '1700000001.000100',
    });
    const [theirs] = await normalize({
      type: 'message',
      subtype: 'bot_message',
      channel: 'C0SALES01',
      bot_id: 'B0OTHERBOT',
      username: 'Jira',
      text: 'Ticket moved',
      ts: '1700000061.000600',
    });
    expect(ours).toMatchObject({
      direction: 'outbound',
      from: { handle: `slack:${TEAM.id}:${BOT.userId}` },
    });
    expect(theirs).toMatchObject({
      direction: 'inbound',
      from: { handle: `slack:${TEAM.id}:B0OTHERBOT`, name: 'Jira' },
    });
  });

  it('gives nothing for events that are not content (joins, topics, reactions)', async () => {
    expect(
      await normalize({
        type: 'message',
        subtype: 'channel_join',
        channel: 'C0SALES01',
        user: 'U0ADA0001',
        text: '<@U0ADA0001> has joined the channel',
        ts: '1700000070.000700',
      }),
    ).toEqual([]);
    expect(
      await normalize({
        type: 'message',
        subtype: 'channel_topic',
        channel: 'C0SALES01',
        user: 'U0ADA0001',
        text: 'set the topic',
        ts: '1700000071.000800',
      }),
    ).toEqual([]);
    expect(
      await normalize({
        type: 'reaction_added',
        user: 'U0ADA0001',
        reaction: 'thumbsup',
        item: { type: 'message', channel: 'C0SALES01', ts: '1700000001.000100' },
      }),
    ).toEqual([]);
  });

  it('ignores a change Slack made itself (an unfurl: no `edited`)', async () => {
    const changed = await normalize({
      type: 'message',
      subtype: 'message_changed',
      channel: 'C0SALES01',
      ts: '1700000091.000300',
      hidden: true,
      message: {
        type: 'message',
        user: 'U0ADA0001',
        text: 'see https://acme.test',
        ts: '1700000050.000200',
        attachments: [{ title: 'Acme' }],
      },
    });
    expect(changed).toEqual([]);
  });

  it("reads our bot from the delivery's authorizations, and asks auth.test only when they are missing", async () => {
    const event = {
      type: 'message',
      channel: 'C0SALES01',
      user: BOT.userId,
      text: 'Booked.',
      ts: '1700000062.000100',
    };
    const before = peer.calls.filter((c) => c.method === 'auth.test').length;
    const [pushed] = await slackConnector.normalize(slackTestEnv(undefined), eventCallback(event));
    expect(pushed).toMatchObject({ direction: 'outbound' });
    const [fallback] = await slackConnector.normalize(
      slackTestEnv(peer),
      eventCallback(event, { authorizations: false }),
    );
    expect(fallback).toMatchObject({ direction: 'outbound' });
    expect(peer.calls.filter((c) => c.method === 'auth.test').length).toBe(before + 1);
  });

  it('throws on a malformed payload', async () => {
    const env = slackTestEnv(peer);
    await expect(slackConnector.normalize(env, 'not an envelope')).rejects.toThrow();
    await expect(
      slackConnector.normalize(env, {
        type: 'event_callback',
        team_id: TEAM.id,
        event: { type: 'message' },
      }),
    ).rejects.toThrow();
    await expect(
      normalize({ type: 'message', channel: 'C0SALES01', user: 'U0ADA0001', text: 'no ts' }),
    ).rejects.toThrow();
    await expect(
      normalize({ type: 'message', channel: 'C0SALES01', text: 'bad ts', ts: 'yesterday' }),
    ).rejects.toThrow();
    await expect(
      normalize({
        type: 'message',
        subtype: 'message_changed',
        channel: 'C0SALES01',
        ts: '1700000090.000300',
      }),
    ).rejects.toThrow();
  });
});

describe("Slack senders' names", () => {
  // One connection throughout: names are remembered per connection.
  const connectionId = randomUUID();
  const unnamed = (user: string, ts: string) =>
    slackConnector.normalize(
      { ...slackTestEnv(peer), connectionId },
      eventCallback({ type: 'message', channel: 'C0SALES01', user, text: 'Hello?', ts }),
    );
  const lookups = () => peer.calls.filter((c) => c.method === 'users.info').length;

  it('are asked of users.info when the event leaves them out, once per user', async () => {
    peer.addUser('U0GRACE01', 'grace', 'Grace Hopper');
    const before = lookups();
    const [first] = await unnamed('U0GRACE01', '1700000100.000100');
    expect(first!.from).toEqual({ handle: `slack:${TEAM.id}:U0GRACE01`, name: 'Grace Hopper' });
    const [again] = await unnamed('U0GRACE01', '1700000101.000100');
    expect(again!.from.name).toBe('Grace Hopper');
    expect(lookups()).toBe(before + 1);
  });

  it('stay out, without failing the message, when Slack does not know the user', async () => {
    const [message] = await unnamed('U0NOBODY1', '1700000102.000100');
    expect(message!.from).toEqual({ handle: `slack:${TEAM.id}:U0NOBODY1` });
    expect(message!.text).toBe('Hello?');
  });
});
