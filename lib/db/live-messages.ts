// Messages between server processes over Postgres NOTIFY (PGlite's in-process NOTIFY behaves the
// same): sent from inside a transaction, heard by every listener once it commits, never if it
// rolls back. A message is any JSON value, whatever its size.
import { randomUUID } from 'node:crypto';
import type { PubSub } from 'graphql-yoga';
import { createPubSub } from 'graphql-yoga';
import type { z } from 'zod';
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

/** A channel's messages, sent inside transactions and heard by subscribers in every process. */
export interface LivePubSub<T> {
  /** Sends message to its route's subscribers everywhere once tx commits. */
  send(tx: Tx, message: T): Promise<void>;
  /**
   * The route's messages from now on, whichever process sends them. Resolves once this process
   * listens, so a message sent after that is not missed.
   */
  subscribe(db: Db, route: string): Promise<AsyncIterable<T>>;
}

/**
 * Live messages on channel, checked against schema when heard and handed to the subscribers of
 * the route `routeOf` names (a workspace, a person). Each process listens once per Db and hands
 * messages to its local subscribers; the sending process hears its own message through the same
 * LISTEN, so every subscriber receives it exactly once.
 */
export function livePubSub<T extends object>(
  channel: string,
  schema: z.ZodType<T, unknown>,
  routeOf: (message: T) => string,
): LivePubSub<T> {
  // Typed over object, not T: yoga's PubSub types do not resolve for a type parameter.
  type RoutedPubSub = PubSub<{ message: [route: string, message: object] }>;
  /**
   * One local pub/sub per Db, so whoever holds the Db (a request's context, automation's
   * dependencies) reaches the same listener without a process-wide singleton; it lives as long
   * as the Db does (its close ends the LISTEN connection).
   */
  const pubSubs = new WeakMap<Db, Promise<RoutedPubSub>>();

  async function listenOn(db: Db): Promise<RoutedPubSub> {
    const pubSub: RoutedPubSub = createPubSub();
    await listenForLiveMessages(db, channel, (heard) => {
      const message = schema.parse(heard);
      pubSub.publish('message', routeOf(message), message);
    });
    return pubSub;
  }

  function pubSubOf(db: Db): Promise<RoutedPubSub> {
    let pubSub = pubSubs.get(db);
    if (!pubSub) {
      pubSub = listenOn(db);
      pubSubs.set(db, pubSub);
      // A failed LISTEN (the database was down) is tried again by the next subscriber.
      pubSub.catch(() => pubSubs.delete(db));
    }
    return pubSub;
  }

  return {
    send: (tx, message) => sendLiveMessage(tx, channel, message),
    subscribe: async (db, route) =>
      (await pubSubOf(db)).subscribe('message', route) as AsyncIterable<T>,
  };
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
