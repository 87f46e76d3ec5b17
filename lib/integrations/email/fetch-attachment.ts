// An attachment of a pulled email fetched again for Waymark's storage (the connector's
// fetchAttachment): the message is downloaded whole from its mailbox and parsed as at ingestion,
// and the attachment is the one at the source's index. IMAP part ids would save bytes, but
// mailparser does not say which part an attachment came from, and guessing the mapping from the
// BODYSTRUCTURE could hand over the wrong file; the whole message is at most MAX_MIME_BYTES,
// which the pull already read once. Every way the source no longer names the same bytes (the
// mailbox renumbered, the message gone, another file at the index) is a final refusal, so a
// retry never stores something else.
import type { ImapFlow } from 'imapflow';
import { ConnectorError, type ConnectorEnv, type FetchedFile } from '../connector.ts';
import { parseImapAttachmentSource } from './attachment-source.ts';
import { imapError } from './errors.ts';
import { closeImap, imapServerName, openImap } from './imap-client.ts';
import { attachmentsOf, MAX_MIME_BYTES, parseMime, sha256Of } from './mime.ts';
import type { EmailCredentials, EmailSettings } from './settings.ts';

const tooLarge = (what: string, limit: number) =>
  new ConnectorError(
    `${what} is over ${Math.floor(limit / 1024 / 1024)} MB`,
    'file_too_large',
    false,
  );

export async function fetchEmailAttachment(
  env: ConnectorEnv<EmailCredentials, EmailSettings>,
  source: string,
  { maxBytes }: { maxBytes: number },
): Promise<FetchedFile> {
  const where = parseImapAttachmentSource(source);
  if (!where) {
    throw new ConnectorError(
      'The attachment has no IMAP source to fetch it from',
      'bad_source',
      false,
    );
  }
  const client = await openImap(env.credentials, env.settings);
  try {
    const lock = await client.getMailboxLock(where.mailbox, { readOnly: true });
    let raw: Buffer;
    try {
      if (!client.mailbox) throw new Error('the mailbox did not open');
      // After a renumbering the same UID may name another message: never fetch by it then.
      if (client.mailbox.uidValidity !== BigInt(where.uidValidity)) {
        throw new ConnectorError(
          'The mailbox was renumbered (its UIDVALIDITY changed) since the message was pulled',
          'mailbox_renumbered',
          false,
        );
      }
      raw = await downloadMessage(client, where.uid, env.signal);
    } finally {
      lock.release();
    }
    const attachment = attachmentsOf(await parseMime(raw))[where.index];
    if (!attachment || sha256Of(attachment.content) !== where.sha256) {
      throw new ConnectorError(
        'The message no longer holds this attachment',
        'attachment_changed',
        false,
      );
    }
    if (attachment.content.length > maxBytes) throw tooLarge('The file', maxBytes);
    return {
      bytes: new Uint8Array(attachment.content),
      ...(attachment.contentType ? { mime: attachment.contentType } : {}),
    };
  } catch (error) {
    throw imapError(error, imapServerName(env.settings));
  } finally {
    await closeImap(client);
  }
}

/** The raw message by UID, refused past MAX_MIME_BYTES by its size before and while reading. */
async function downloadMessage(
  client: ImapFlow,
  uid: number,
  signal: AbortSignal | undefined,
): Promise<Buffer> {
  const gone = () =>
    new ConnectorError('The message is no longer in its mailbox', 'message_gone', false);
  const found = await client.fetchOne(String(uid), { uid: true, size: true }, { uid: true });
  if (!found) throw gone();
  if (typeof found.size === 'number' && found.size > MAX_MIME_BYTES) {
    throw tooLarge('The message', MAX_MIME_BYTES);
  }
  // One byte over the limit is asked for, so a message that grew past it is told from one at it.
  const download = await client.download(String(uid), undefined, {
    uid: true,
    maxBytes: MAX_MIME_BYTES + 1,
  });
  if (!download.content) throw gone();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of download.content as AsyncIterable<Buffer>) {
    signal?.throwIfAborted();
    total += chunk.length;
    if (total > MAX_MIME_BYTES) {
      download.content.destroy();
      throw tooLarge('The message', MAX_MIME_BYTES);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
