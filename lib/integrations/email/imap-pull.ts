// Pull over IMAP: per mailbox, the cursor `imap:<mailbox>` is { uidValidity, lastUid }. Each page
// is a batch of UIDs above lastUid, parsed, with the cursor after the batch, so the caller commits
// messages and cursor together. When the server's UIDVALIDITY changed, its UIDs mean other
// messages: we read the mailbox again from UID 1, and storage drops what it already has by
// Message-ID. A message that does not parse goes to the dead letters and the cursor passes it,
// so it is never fetched again. Each attachment of a pulled message gets a source naming its
// message by mailbox, UIDVALIDITY and UID (attachment-source.ts), for fetch-attachment.ts.
import type { ImapFlow } from 'imapflow';
import { z } from 'zod';
import type { InboundMessage } from '../../conversations/message.ts';
import type { ConnectorEnv, PullPage } from '../connector.ts';
import { formatImapAttachmentSource } from './attachment-source.ts';
import { imapError } from './errors.ts';
import { closeImap, imapServerName, openImap } from './imap-client.ts';
import { messageFromMime } from './mime.ts';
import type { EmailCredentials, EmailSettings } from './settings.ts';

export const PULL_BATCH_SIZE = 200;

/** UIDVALIDITY is a 32-bit unsigned number; kept as a string so the cursor stays plain JSON. */
export const ImapCursorSchema = z.object({
  uidValidity: z.string().regex(/^\d+$/),
  lastUid: z.number().int().nonnegative(),
});
export type ImapCursor = z.infer<typeof ImapCursorSchema>;

export function imapScope(mailbox: string): string {
  return `imap:${mailbox}`;
}

export async function* pullMailboxes(
  env: ConnectorEnv<EmailCredentials, EmailSettings>,
  cursors: ReadonlyMap<string, unknown>,
): AsyncIterable<PullPage> {
  const client = await openImap(env.credentials, env.settings);
  try {
    for (const mailbox of env.settings.mailboxes) {
      const saved = ImapCursorSchema.safeParse(cursors.get(imapScope(mailbox)));
      yield* pullMailbox(client, env, mailbox, saved.success ? saved.data : undefined);
    }
  } catch (error) {
    throw imapError(error, imapServerName(env.settings));
  } finally {
    await closeImap(client);
  }
}

async function* pullMailbox(
  client: ImapFlow,
  env: ConnectorEnv<EmailCredentials, EmailSettings>,
  mailbox: string,
  saved: ImapCursor | undefined,
): AsyncIterable<PullPage> {
  const scope = imapScope(mailbox);
  const lock = await client.getMailboxLock(mailbox, { readOnly: true });
  try {
    if (!client.mailbox) throw new Error('the mailbox did not open');
    const uidValidity = client.mailbox.uidValidity.toString();
    // Another UIDVALIDITY: our lastUid says nothing about this mailbox any more.
    const since = saved && saved.uidValidity === uidValidity ? saved.lastUid : 0;
    const uids = await newUids(client, since);
    if (uids.length === 0) {
      if (!saved || saved.uidValidity !== uidValidity) {
        yield { scope, messages: [], cursor: { uidValidity, lastUid: since } };
      }
      return;
    }
    for (let start = 0; start < uids.length; start += PULL_BATCH_SIZE) {
      env.signal?.throwIfAborted();
      const batch = uids.slice(start, start + PULL_BATCH_SIZE);
      const page: PullPage & { messages: InboundMessage[] } = {
        scope,
        messages: [],
        malformed: [],
        cursor: { uidValidity, lastUid: batch.at(-1) ?? since } satisfies ImapCursor,
      };
      // The batch is a run of consecutive existing UIDs, so first:last names exactly it (and is
      // cheaper for servers to match than a list).
      const fetched = await client.fetchAll(
        `${batch[0]}:${batch.at(-1)}`,
        { uid: true, source: true, internalDate: true },
        { uid: true },
      );
      for (const message of fetched) {
        if (!message.source) continue;
        try {
          page.messages.push(
            await messageFromMime(message.source, {
              ownAddress: env.settings.address,
              fallbackDate: toDate(message.internalDate),
              attachmentSource: (index, sha256) =>
                formatImapAttachmentSource({
                  mailbox,
                  uidValidity,
                  uid: message.uid,
                  index,
                  sha256,
                }),
            }),
          );
        } catch (error) {
          page.malformed?.push({
            externalId: `${scope}:${uidValidity}:${message.uid}`,
            payload: { mime: message.source.toString('utf8'), uid: message.uid, mailbox },
            error: error instanceof Error ? error.message : 'unparseable message',
          });
        }
      }
      yield page;
    }
  } finally {
    lock.release();
  }
}

/**
 * The UIDs above `since`, ascending. `UID SEARCH n:*` also matches the highest message when n is
 * past it (RFC 3501's `*`), hence the filter.
 */
async function newUids(client: ImapFlow, since: number): Promise<number[]> {
  const found = await client.search({ uid: `${since + 1}:*` }, { uid: true });
  return (found || []).filter((uid) => uid > since).sort((a, b) => a - b);
}

function toDate(value: Date | string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
