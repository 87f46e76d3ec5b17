// The adapter for a real Postgres (Supabase in production, Postgres 15 in CI) over postgres.js.
import postgres from 'postgres';
import type { Db, Row, SqlParam } from './port.ts';
import { rlsContextParams, SET_RLS_CONTEXT } from './rls-context.ts';
import { makeTx } from './savepoints.ts';

const ignore = () => {};

export interface PostgresOptions {
  max?: number;
  /**
   * Where to LISTEN, when `url` is a transaction pooler (Supabase's port 6543, PgBouncer in
   * transaction mode): a pooler hands each statement to any server connection, so a LISTEN
   * there hears nothing. Unset: postgres.js listens over `url`.
   */
  listenUrl?: string;
}

export function openPostgres(url: string, options: PostgresOptions = {}): Db {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: ignore,
    transform: { undefined: null },
    // Parameters are primitives (see port.ts): a jsonb parameter arrives as JSON text already,
    // so it must not be stringified a second time.
    types: {
      jsonbText: {
        to: 3802,
        from: [3802],
        serialize: (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)),
        parse: (value: string) => JSON.parse(value),
      },
    },
  });
  const stats = { statements: 0 };
  // Opened on the first listen only: processes that never serve live updates never connect it.
  let listener: postgres.Sql | undefined;
  const listening = () =>
    options.listenUrl
      ? (listener ??= postgres(options.listenUrl, { max: 1, onnotice: ignore }))
      : sql;

  async function inTransaction<T>(
    context: [string, string],
    fn: (tx: ReturnType<typeof makeTx>) => Promise<T>,
  ): Promise<T> {
    const conn = await sql.reserve();
    const send = <R extends Row>(text: string, params?: readonly SqlParam[]) => {
      stats.statements++;
      return conn.unsafe<R[]>(text, (params ?? []) as SqlParam[]);
    };
    try {
      // begin and the RLS context are not awaited: postgres.js pipelines them with fn's first
      // statement, so the whole set-up costs no round trip of its own.
      const begin = send('begin');
      const setup = send(SET_RLS_CONTEXT, context);
      begin.catch(ignore);
      setup.catch(ignore);
      const tx = makeTx(async (text, params) => [...(await send(text, params))] as never);
      const result = await fn(tx);
      await begin;
      await setup;
      await send('commit');
      return result;
    } catch (error) {
      await conn.unsafe('rollback').catch(ignore);
      throw error;
    } finally {
      conn.release();
    }
  }

  return {
    kind: 'postgres',
    stats,
    asUser: (claims, fn) => inTransaction(rlsContextParams(claims), fn),
    asService: (fn) => inTransaction(rlsContextParams({ role: 'service_role' }), fn),
    asOwner: (fn) =>
      sql.begin((ptx) =>
        fn({
          ...makeTx(async (text, params) => {
            stats.statements++;
            return [...(await ptx.unsafe(text, (params ?? []) as SqlParam[]))] as never;
          }),
          async exec(script) {
            stats.statements++;
            await ptx.unsafe(script).simple();
          },
        }),
      ) as Promise<never>,
    // postgres.js listens on one dedicated connection of its own (outside the pool, so a busy pool
    // never delays a notification) and re-listens after that connection drops, calling onListen again.
    listen: async (channel, onMessage, onListen) => {
      const { unlisten } = await listening().listen(channel, onMessage, onListen);
      return unlisten;
    },
    close: async () => {
      await Promise.all([sql.end({ timeout: 5 }), listener?.end({ timeout: 5 })]);
    },
  };
}
