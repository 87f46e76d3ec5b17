import { describe, expect, it } from 'vitest';
import { MalformedUpdateError, normalizeUpdate } from './normalize.ts';

const BOT_ID = 7_000_000_001;
const options = { botId: BOT_ID, quietGapSeconds: 14_400 };
const ada = { id: 4242, is_bot: false, first_name: 'Ada', last_name: 'Lovelace', username: 'ada' };
const privateChat = { id: 4242, type: 'private', first_name: 'Ada' };
const date = 1_796_000_000;

function update(fields: Record<string, unknown>) {
  return { update_id: 900, ...fields };
}

describe('normalizing a Telegram update', () => {
  it('turns a text message into one inbound message keyed by chat and message id', () => {
    const [message, ...rest] = normalizeUpdate(
      update({
        message: { message_id: 17, date, chat: privateChat, from: ada, text: 'Hello there' },
      }),
      options,
    );
    expect(rest).toEqual([]);
    expect(message).toEqual({
      externalId: '4242:17',
      externalThreadId: '4242',
      quietGapSeconds: 14_400,
      direction: 'inbound',
      from: { handle: 'telegram:4242', name: 'Ada Lovelace' },
      sentAt: new Date(date * 1000).toISOString(),
      text: 'Hello there',
      attachments: [],
      headers: { message_id: '17', chat_id: '4242' },
    });
  });

  it('keeps the caption of a photo as its text and attaches the largest size', () => {
    const [message] = normalizeUpdate(
      update({
        message: {
          message_id: 18,
          date,
          chat: privateChat,
          from: ada,
          caption: 'our signed contract',
          photo: [
            { file_id: 'small', file_unique_id: 's', width: 90, height: 60, file_size: 900 },
            { file_id: 'large', file_unique_id: 'l', width: 1280, height: 853, file_size: 120_000 },
            { file_id: 'medium', file_unique_id: 'm', width: 320, height: 213, file_size: 9_000 },
          ],
        },
      }),
      options,
    );
    expect(message?.text).toBe('our signed contract');
    expect(message?.attachments).toEqual([
      { name: 'photo.jpg', mime: 'image/jpeg', size: 120_000, source: 'large' },
    ]);
  });

  it('attaches documents, voice notes and videos by their file_id', () => {
    const [message] = normalizeUpdate(
      update({
        message: {
          message_id: 19,
          date,
          chat: privateChat,
          from: ada,
          document: {
            file_id: 'doc',
            file_unique_id: 'd',
            file_name: 'quote.pdf',
            mime_type: 'application/pdf',
            file_size: 5,
          },
          voice: {
            file_id: 'voice',
            file_unique_id: 'v',
            duration: 3,
            mime_type: 'audio/ogg',
            file_size: 7,
          },
          video: { file_id: 'video', file_unique_id: 'vi', width: 1, height: 1, duration: 1 },
        },
      }),
      options,
    );
    expect(message?.text).toBe('');
    expect(message?.attachments).toEqual([
      { name: 'quote.pdf', mime: 'application/pdf', size: 5, source: 'doc' },
      { name: 'voice.ogg', mime: 'audio/ogg', size: 7, source: 'voice' },
      { name: 'video.mp4', mime: 'video/mp4', size: 0, source: 'video' },
    ]);
  });

  it('reads an edit as the same message, with when it was edited', () => {
    const [message] = normalizeUpdate(
      update({
        edited_message: {
          message_id: 17,
          date,
          edit_date: date + 60,
          chat: privateChat,
          from: ada,
          text: 'Hello there!',
        },
      }),
      options,
    );
    expect(message).toMatchObject({
      externalId: '4242:17',
      text: 'Hello there!',
      sentAt: new Date(date * 1000).toISOString(),
      editedAt: new Date((date + 60) * 1000).toISOString(),
    });
  });

  it('threads a forum topic message by chat and topic', () => {
    const [message] = normalizeUpdate(
      update({
        message: {
          message_id: 3,
          message_thread_id: 77,
          is_topic_message: true,
          date,
          chat: { id: -1001234567890, type: 'supergroup', title: 'Acme support', is_forum: true },
          from: ada,
          text: 'in the topic',
        },
      }),
      options,
    );
    expect(message).toMatchObject({
      externalId: '-1001234567890:3',
      externalThreadId: '-1001234567890:77',
      headers: { message_id: '3', chat_id: '-1001234567890', message_thread_id: '77' },
    });
  });

  it("marks our own bot's message outbound, and another bot's inbound", () => {
    const ours = { id: BOT_ID, is_bot: true, first_name: 'Waymark', username: 'waymark_test_bot' };
    const theirs = { id: 123, is_bot: true, first_name: 'Other', username: 'other_bot' };
    const group = { id: -42, type: 'group', title: 'Deal room' };
    const [mine] = normalizeUpdate(
      update({ message: { message_id: 1, date, chat: group, from: ours, text: 'hi' } }),
      options,
    );
    const [other] = normalizeUpdate(
      update({ message: { message_id: 2, date, chat: group, from: theirs, text: 'hi' } }),
      options,
    );
    expect(mine).toMatchObject({
      direction: 'outbound',
      from: { handle: `telegram:${BOT_ID}`, name: 'Waymark' },
    });
    expect(other?.direction).toBe('inbound');
  });

  it('names a channel post by the channel that posted it', () => {
    const channel = { id: -1009, type: 'channel', title: 'Acme news' };
    const [post] = normalizeUpdate(
      update({
        channel_post: { message_id: 5, date, chat: channel, sender_chat: channel, text: 'launch' },
      }),
      options,
    );
    expect(post).toMatchObject({
      externalId: '-1009:5',
      from: { handle: 'telegram:-1009', name: 'Acme news' },
    });
  });

  it('finds no message in a callback query', () => {
    expect(
      normalizeUpdate(
        update({ callback_query: { id: 'q1', from: ada, chat_instance: 'x', data: 'yes' } }),
        options,
      ),
    ).toEqual([]);
  });

  it('refuses a malformed update', () => {
    expect(() => normalizeUpdate({ message: { text: 'no ids' } }, options)).toThrow(
      MalformedUpdateError,
    );
    expect(() =>
      normalizeUpdate(update({ message: { message_id: 'x', date, chat: privateChat } }), options),
    ).toThrow(MalformedUpdateError);
    expect(() => normalizeUpdate('not json at all', options)).toThrow(MalformedUpdateError);
  });
});
