// The database port: every module talks to Postgres through this interface, whichever adapter
// (embedded PGlite or postgres.js against a real server) sits behind it.

/** Parameters are primitives so both drivers serialize them the same way; see pgArray and json. */
export type SqlParam = string | number | boolean | null;

export type Row = Record<string, unknown>;

export interface Tx {
  /** Runs one parameterized statement and returns its rows. */
  query<T extends Row = Row>(text: string, params?: readonly SqlParam[]): Promise<T[]>;
  /**
   * Runs fn inside a savepoint: if fn throws, only its own writes are rolled back and the
   * surrounding transaction stays usable (one failed mutation does not poison the request).
   */
  savepoint<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

export interface OwnerTx extends Tx {
  /** Runs a multi-statement script (a migration file). */
  exec(script: string): Promise<void>;
}

/** The JWT claims a request runs with; RLS policies read them through auth.uid() / auth.jwt(). */
export interface UserClaims {
  sub: string;
  role: 'authenticated';
  email?: string;
  [claim: string]: unknown;
}

export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** fn runs in one transaction as role `authenticated` with the user's claims: RLS applies. */
  asUser<T>(claims: UserClaims, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * fn runs in one transaction as `service_role`, which bypasses RLS. For system work only
   * (auth, migrations' bookkeeping, automation acting as the system user): keep calls rare.
   */
  asService<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * fn runs in one transaction as the connection's own (owner) role: no RLS, DDL allowed.
   * For the migration runner and test tooling only.
   */
  asOwner<T>(fn: (tx: OwnerTx) => Promise<T>): Promise<T>;
  /**
   * Calls onMessage with each payload NOTIFY sends on channel to this database, from any
   * connection of any process, once the notifying transaction commits (never if it rolls back).
   * onListen runs whenever listening (re)starts: messages sent while a connection was lost are
   * not replayed. Resolves once the first LISTEN is in effect.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onListen?: () => void,
  ): Promise<Unlisten>;
  /** Statements sent since the adapter opened; tests and benchmarks count round trips with it. */
  readonly stats: { statements: number };
  close(): Promise<void>;
}

/** Stops one listen call's callbacks. */
export type Unlisten = () => Promise<void>;

/** The system user that automation attributes its writes to. */
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

/** A text[] literal; pass with a `::text[]` cast. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** A JSON parameter; pass with a `::jsonb` cast. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}
