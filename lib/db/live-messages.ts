// Messages between server processes over Postgres NOTIFY (PGlite's in-process NOTIFY behaves the
// same): sent from inside a transaction, heard by every listener once it commits, never if it
// rolls back. A message is any JSON value, whatever its size.
import { randomUUID } from 'node:crypto';
import type { Db, Tx, Unlisten } from './port.ts';

/**
 * A NOTIFY payload must stay under 8000 bytes. Larger messages go as several frames; Postgres
 * queues one transaction's notifications together and in order at commit (it serializes writers
 * to the queue until commit), so a listener gets a message's frames one after the other.
 */
const MAX_FRAME_DATA_BYTES = 7_000;

/** `<message id>:<index>:<count>:<data>`: the id tells frames of concurrent messages apart. */
const FRAME = /^([0-9a-f-]{36}):(\d+):(\d+):/;

/** Sends message on channel once tx commits, to every process listening on this database. */
export async function sendLiveMessage(tx: Tx, channel: string, message: unknown): Promise<void> {
  const id = randomUUID();
  const parts = splitByUtf8Bytes(JSON.stringify(message), MAX_FRAME_DATA_BYTES);
  for (const [index, data] of parts.entries()) {
    await tx.query('select pg_notify($1, $2)', [channel, `${id}:${index}:${parts.length}:${data}`]);
  }
}

/**
 * Calls onMessage with each message sent on channel from now on, exactly once per listen call.
 * Resolves once listening is in effect: a message sent after that is heard.
 */
export function listenForLiveMessages(
  db: Db,
  channel: string,
  onMessage: (message: unknown) => void,
): Promise<Unlisten> {
  const partial = new Map<string, string[]>();
  const onFrame = (payload: string) => {
    const match = FRAME.exec(payload);
    if (!match) return; // Not ours: someone else's NOTIFY on the channel.
    const [head, id, index, count] = match as unknown as [string, string, string, string];
    const data = payload.slice(head.length);
    if (count === '1') return deliver(data);
    const parts = partial.get(id) ?? [];
    parts[Number(index)] = data;
    partial.set(id, parts);
    if (parts.filter((part) => part !== undefined).length < Number(count)) return;
    partial.delete(id);
    deliver(parts.join(''));
  };
  const deliver = (text: string) => {
    try {
      onMessage(JSON.parse(text));
    } catch (error) {
      console.error(`A live message on ${channel} could not be handled`, error);
    }
  };
  // A connection lost mid-message never sends the rest of it: start over on re-listening.
  return db.listen(channel, onFrame, () => partial.clear());
}

/** Splits text into pieces of at most maxBytes in UTF-8, never inside a character. */
export function splitByUtf8Bytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i)!;
    const width = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (bytes + width > maxBytes) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += width;
    i += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(text.slice(start));
  return parts;
}
