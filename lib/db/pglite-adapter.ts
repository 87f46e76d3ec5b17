// The embedded adapter: Postgres compiled to WebAssembly, in this process, persisted in a folder.
// One connection, so transactions queue behind each other.

import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir } from 'node:fs/promises';
import type { Transaction } from '@electric-sql/pglite';
import { PGlite } from '@electric-sql/pglite';
import type { Db, SqlParam } from './port.ts';
import { rlsContextParams, SET_RLS_CONTEXT } from './rls-context.ts';
import { makeTx } from './savepoints.ts';

/** dataDir: a folder to persist in, or undefined for an in-memory database (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir) await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const pg = dataDir ? await PGlite.create({ dataDir }) : await PGlite.create();
  return wrapPglite(pg);
}

export function wrapPglite(pg: PGlite): Db {
  const stats = { statements: 0 };
  // PGlite has one connection: a transaction opened from inside another waits for it forever.
  // Say so at once instead of hanging.
  const inside = new AsyncLocalStorage<true>();
  const transaction = <T>(fn: (ptx: Transaction) => Promise<T>): Promise<T> => {
    if (inside.getStore()) {
      return Promise.reject(
        new Error(
          'A transaction was opened inside another one: on PGlite (one connection) it would deadlock. Pass the open tx on instead.',
        ),
      );
    }
    return pg.transaction((ptx) => inside.run(true, () => fn(ptx)));
  };

  const txOf = (ptx: Transaction) =>
    makeTx(async (text, params) => {
      stats.statements++;
      const result = await ptx.query(text, params as SqlParam[] | undefined);
      return result.rows as never;
    });

  async function inTransaction<T>(
    context: [string, string],
    fn: (tx: ReturnType<typeof makeTx>) => Promise<T>,
  ): Promise<T> {
    return transaction(async (ptx) => {
      const tx = txOf(ptx);
      await tx.query(SET_RLS_CONTEXT, context);
      return fn(tx);
    });
  }

  return {
    kind: 'pglite',
    stats,
    asUser: (claims, fn) => inTransaction(rlsContextParams(claims), fn),
    asService: (fn) => inTransaction(rlsContextParams({ role: 'service_role' }), fn),
    asOwner: (fn) =>
      transaction((ptx) =>
        fn({
          ...txOf(ptx),
          async exec(script) {
            stats.statements++;
            await ptx.exec(script);
          },
        }),
      ),
    // PGlite calls back while it finishes the notifying transaction's COMMIT, inside that
    // transaction's async context: run the callback outside it, so a listener that opens a
    // transaction queues behind the commit instead of being refused as nested.
    listen: async (channel, onMessage, onListen) => {
      const unlisten = await pg.listen(channel, (payload) =>
        inside.exit(() => queueMicrotask(() => onMessage(payload))),
      );
      onListen?.();
      return unlisten;
    },
    close: () => pg.close(),
  };
}
