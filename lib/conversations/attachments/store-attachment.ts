// Attachments' bytes into Waymark's storage: for a stored message, each attachment the channel
// keeps a file for (a `source`) and that is not stored yet is fetched through its connector,
// put under `<workspaceId>/<messageId>/<sha256>` and recorded on the message. Safe to repeat:
// a stored or refused attachment is skipped, and the key names the content, so a retry that
// crashed between the put and the record puts the same bytes under the same key.
import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../db/port.ts';
import { json } from '../../db/port.ts';
import { ConnectorError } from '../../integrations/connector.ts';
import { openConnection } from '../../integrations/open-connection.ts';
import type { IntegrationServices } from '../../integrations/services.ts';
import { safeContentType } from '../../storage/port.ts';
import { notifyConversationUpdated } from '../live.ts';
import type { Attachment } from '../message.ts';

/** The largest file stored (Telegram's Bot API serves no more either). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export interface AttachmentServices {
  db: Db;
  integrations: IntegrationServices;
}

export type StoreOutcome =
  | { outcome: 'stored'; storageKey: string; sha256: string }
  | { outcome: 'refused'; reason: string }
  | { outcome: 'skipped'; why: 'already_done' | 'gone' | 'no_storage' | 'unsupported' };

type MessageRow = {
  workspaceId: string;
  connectionId: string;
  conversationId: string;
  attachments: Attachment[];
};

async function messageOf(tx: Tx, messageId: string): Promise<MessageRow | undefined> {
  const [row] = await tx.query<MessageRow>(
    `select workspace_id as "workspaceId", connection_id as "connectionId",
            conversation_id as "conversationId", attachments
       from conversations.messages where id = $1`,
    [messageId],
  );
  return row;
}

const needsStoring = (a: Attachment) => Boolean(a.source) && !a.storageKey && !a.storeError;

/** The positions of the message's attachments still to store. tx runs as the service. */
export async function pendingAttachments(tx: Tx, messageId: string): Promise<number[]> {
  const message = await messageOf(tx, messageId);
  if (!message) return [];
  return message.attachments.flatMap((a, index) => (needsStoring(a) ? [index] : []));
}

export function attachmentStorageKey(workspaceId: string, messageId: string, sha256: string) {
  return `${workspaceId}/${messageId}/${sha256}`;
}

/**
 * Stores the message's attachment at index. A retryable refusal of the channel (429, 5xx, a
 * network failure) throws, so the step is retried; a final one is recorded on the attachment.
 */
export async function storeAttachment(
  { db, integrations }: AttachmentServices,
  messageId: string,
  index: number,
): Promise<StoreOutcome> {
  const storage = integrations.storage;
  if (!storage) return { outcome: 'skipped', why: 'no_storage' };
  // Read and opened in a short transaction of its own: none stays open while the channel answers.
  const found = await db.asService(async (tx) => {
    const message = await messageOf(tx, messageId);
    const attachment = message?.attachments[index];
    if (!message || !attachment) return undefined;
    return {
      message,
      attachment,
      opened: await openConnection(tx, integrations, message.connectionId),
    };
  });
  if (!found) return { outcome: 'skipped', why: 'gone' };
  const { message, attachment, opened } = found;
  if (!needsStoring(attachment)) return { outcome: 'skipped', why: 'already_done' };
  if (!opened) return { outcome: 'skipped', why: 'gone' };
  const fetchAttachment = opened.connector.fetchAttachment;
  if (!fetchAttachment) return { outcome: 'skipped', why: 'unsupported' };

  const refuse = async (reason: string): Promise<StoreOutcome> => {
    await record(db, message, messageId, index, attachment, { storeError: reason.slice(0, 500) });
    return { outcome: 'refused', reason };
  };
  if (attachment.size > MAX_ATTACHMENT_BYTES) {
    return refuse(`file_too_large: the file is over ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  }
  let fetched: Awaited<ReturnType<typeof fetchAttachment>>;
  try {
    fetched = await fetchAttachment(opened.env, attachment.source!, {
      maxBytes: MAX_ATTACHMENT_BYTES,
    });
  } catch (error) {
    if (error instanceof ConnectorError && !error.retryable) {
      return refuse(`${error.code}: ${error.message}`);
    }
    // The channel's words only (a ConnectorError never holds the credentials).
    throw new Error(
      error instanceof ConnectorError
        ? `Retrying: ${error.code}`
        : 'Retrying: the file could not be fetched',
    );
  }
  if (fetched.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    return refuse(`file_too_large: the file is over ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  }
  const sha256 = createHash('sha256').update(fetched.bytes).digest('hex');
  const storageKey = attachmentStorageKey(message.workspaceId, messageId, sha256);
  // The channel's own type when the attachment names none of its own.
  const declared = attachment.mime && attachment.mime !== 'application/octet-stream';
  await storage.put(storageKey, fetched.bytes, {
    contentType: safeContentType(declared ? attachment.mime : (fetched.mime ?? attachment.mime)),
  });
  await record(db, message, messageId, index, attachment, { storageKey, sha256 });
  return { outcome: 'stored', storageKey, sha256 };
}

/**
 * Merges fields into the attachment at index, if it is still the one fetched (same source), and
 * tells open inboxes: its download link appears.
 */
async function record(
  db: Db,
  message: MessageRow,
  messageId: string,
  index: number,
  attachment: Attachment,
  fields: Partial<Attachment>,
) {
  await db.asService(async (tx) => {
    const updated = await tx.query(
      `update conversations.messages
          set attachments = jsonb_set(attachments, array[$2::text], (attachments -> $2::int) || $3::jsonb)
        where id = $1 and attachments -> $2::int ->> 'source' = $4
        returning id`,
      [messageId, index, json(fields), attachment.source!],
    );
    if (updated.length > 0) {
      await notifyConversationUpdated(tx, message.workspaceId, message.conversationId);
    }
  });
}
