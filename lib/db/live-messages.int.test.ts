import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDbKind } from '../../test/helpers/test-db.ts';
import { z } from 'zod';
import { listenForLiveMessages, livePubSub, sendLiveMessage } from './live-messages.ts';
import type { Db, Unlisten } from './port.ts';
import { openPostgres } from './postgres-adapter.ts';

const CHANNEL = 'live_messages_test';

let db: Db;
let url: string | undefined;
/** On Postgres, a second pool on the same database: what another server process holds. */
let otherProcessDb: Db | undefined;

beforeAll(async () => {
  const opened = await openTestDatabase();
  db = opened.db;
  url = opened.url;
  if (testDbKind === 'postgres') otherProcessDb = openPostgres(opened.url!, { max: 2 });
});
afterAll(async () => {
  await otherProcessDb?.close();
  await db.close();
});

/** Records what one listener hears; `until(marker)` resolves once it has heard the marker. */
async function listener(on: Db) {
  const heard: unknown[] = [];
  const waiting = new Map<string, () => void>();
  const unlisten: Unlisten = await listenForLiveMessages(on, CHANNEL, (message) => {
    heard.push(message);
    waiting.get(JSON.stringify(message))?.();
  });
  return {
    heard,
    unlisten,
    until: (marker: unknown) =>
      new Promise<void>((resolve) => {
        if (heard.some((m) => JSON.stringify(m) === JSON.stringify(marker))) resolve();
        else waiting.set(JSON.stringify(marker), resolve);
      }),
  };
}

const send = (message: unknown) => db.asService((tx) => sendLiveMessage(tx, CHANNEL, message));

describe('live messages', () => {
  it('are never heard from a transaction that rolls back, nor from a rolled-back savepoint', async () => {
    const ear = await listener(db);
    await expect(
      db.asService(async (tx) => {
        await sendLiveMessage(tx, CHANNEL, { rolledBack: 'transaction' });
        throw new Error('the delivery failed');
      }),
    ).rejects.toThrow('the delivery failed');
    await db.asService(async (tx) => {
      await tx
        .savepoint(async (inner) => {
          await sendLiveMessage(inner, CHANNEL, { rolledBack: 'savepoint' });
          throw new Error('one mutation failed');
        })
        .catch(() => {});
    });
    // Messages arrive in commit order: once the marker is heard, anything earlier would be too.
    await send({ marker: 'after the rollbacks' });
    await ear.until({ marker: 'after the rollbacks' });
    expect(ear.heard).toEqual([{ marker: 'after the rollbacks' }]);
    await ear.unlisten();
  });

  it('reach every listener exactly once after commit, in this process and (on Postgres) another', async () => {
    const ears = [await listener(db), await listener(db)];
    if (otherProcessDb) ears.push(await listener(otherProcessDb));
    const heardBeforeCommit: number[] = [];
    await db.asService(async (tx) => {
      await sendLiveMessage(tx, CHANNEL, { tip: 'Call Ada' });
      await tx.query('select 1');
      heardBeforeCommit.push(...ears.map((ear) => ear.heard.length));
    });
    await send({ marker: 'after the tip' });
    for (const ear of ears) {
      await ear.until({ marker: 'after the tip' });
      expect(ear.heard).toEqual([{ tip: 'Call Ada' }, { marker: 'after the tip' }]);
      await ear.unlisten();
    }
    expect(heardBeforeCommit).toEqual(ears.map(() => 0));
  });

  it('carry a message far over the 8000-byte NOTIFY limit whole, multi-byte characters included', async () => {
    const ear = await listener(otherProcessDb ?? db);
    const large = { body: 'Grüße, 東京 🚀 '.repeat(3_000), payload: { n: 1 } };
    expect(Buffer.byteLength(JSON.stringify(large))).toBeGreaterThan(50_000);
    // Two transactions at once: their frames must not mix.
    await Promise.all([send(large), send({ small: true })]);
    await send({ marker: 'after the large one' });
    await ear.until({ marker: 'after the large one' });
    expect(ear.heard).toHaveLength(3);
    expect(ear.heard).toContainEqual(large);
    expect(ear.heard).toContainEqual({ small: true });
    await ear.unlisten();
  });

  it.runIf(testDbKind === 'postgres')(
    'are heard over DATABASE_LISTEN_URL when one is given, as a transaction pooler needs',
    async () => {
      const name = 'waymark_listen_url_test';
      const pooled = openPostgres(url!, { max: 2, listenUrl: `${url}?application_name=${name}` });
      try {
        const ear = await listener(pooled);
        await send({ via: 'the listen url' });
        await ear.until({ via: 'the listen url' });
        // As the connection's own role: service_role may not read other sessions' queries.
        const listening = await db.asOwner((tx) =>
          tx.query<{ query: string }>(
            `select query from pg_stat_activity where application_name = $1`,
            [name],
          ),
        );
        expect(listening).toEqual([{ query: expect.stringMatching(/^listen /i) }]);
        await ear.unlisten();
      } finally {
        await pooled.close();
      }
    },
  );

  it('reach, through a live pub/sub, only the subscribers of their route, once each and only when valid', async () => {
    const greetings = livePubSub(
      'live_pub_sub_test',
      z.object({ to: z.string(), text: z.string() }),
      (greeting) => greeting.to,
    );
    const forAda = (await greetings.subscribe(db, 'ada'))[Symbol.asyncIterator]();
    const forBob = (await greetings.subscribe(otherProcessDb ?? db, 'bob'))[Symbol.asyncIterator]();
    // A subscription starts taking messages when first read, as a GraphQL subscription reads it.
    const nextForAda = forAda.next();
    const nextForBob = forBob.next();
    await db.asService(async (tx) => {
      await sendLiveMessage(tx, 'live_pub_sub_test', { to: 'ada', text: 42 });
      await greetings.send(tx, { to: 'bob', text: 'Hi Bob' });
      await greetings.send(tx, { to: 'ada', text: 'Hi Ada' });
    });
    expect((await nextForAda).value).toEqual({ to: 'ada', text: 'Hi Ada' });
    expect((await nextForBob).value).toEqual({ to: 'bob', text: 'Hi Bob' });
    await forAda.return?.();
    await forBob.return?.();
  });
});
