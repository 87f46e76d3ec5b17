// auth.sessions and auth.refresh_tokens: one session per sign-in, a chain of refresh tokens in
// it. Tokens are stored as hashes (see tokens.ts), so the table alone cannot resume a session.
import type { Tx } from '../db/port.ts';

export type SessionRow = {
  id: string;
  user_id: string;
  created_at: Date | string;
};

export type RefreshTokenRow = {
  id: string;
  user_id: string;
  session_id: string;
  revoked: boolean;
  session_created_at: Date | string;
};

export type LogoutScope = 'global' | 'local' | 'others';

export async function insertSession(tx: Tx, userId: string): Promise<SessionRow> {
  const [row] = await tx.query<SessionRow>(
    'insert into auth.sessions (user_id) values ($1) returning id, user_id, created_at',
    [userId],
  );
  if (!row) throw new Error('insert into auth.sessions returned no row');
  return row;
}

export async function insertRefreshToken(
  tx: Tx,
  token: { hash: string; userId: string; sessionId: string; parentHash: string | null },
): Promise<void> {
  await tx.query(
    `insert into auth.refresh_tokens (token, user_id, session_id, parent)
     values ($1, $2, $3, $4)`,
    [token.hash, token.userId, token.sessionId, token.parentHash],
  );
}

/**
 * The token row, locked until the transaction ends: two refreshes racing with one token are
 * served one after the other, and the second sees the token already used.
 */
export async function findRefreshTokenForUpdate(
  tx: Tx,
  hash: string,
): Promise<RefreshTokenRow | undefined> {
  const [row] = await tx.query<RefreshTokenRow>(
    `select rt.id::text as id, rt.user_id, rt.session_id, rt.revoked,
            s.created_at as session_created_at
       from auth.refresh_tokens rt
       join auth.sessions s on s.id = rt.session_id
      where rt.token = $1
      for update of rt`,
    [hash],
  );
  return row;
}

export async function revokeRefreshToken(tx: Tx, id: string): Promise<void> {
  await tx.query(
    'update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1::bigint',
    [id],
  );
}

/** Every token of the session, so no token of its family can refresh again. */
export async function revokeSessionRefreshTokens(tx: Tx, sessionId: string): Promise<void> {
  await tx.query(
    `update auth.refresh_tokens set revoked = true, updated_at = now()
      where session_id = $1 and not revoked`,
    [sessionId],
  );
}

export async function touchSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.query('update auth.sessions set updated_at = now() where id = $1', [sessionId]);
}

export async function sessionExists(tx: Tx, sessionId: string): Promise<boolean> {
  const rows = await tx.query('select 1 from auth.sessions where id = $1', [sessionId]);
  return rows.length > 0;
}

/** Deletes sessions (their refresh tokens go with them, on delete cascade). */
export async function deleteSessions(
  tx: Tx,
  userId: string,
  scope: LogoutScope,
  sessionId: string | undefined,
): Promise<void> {
  if (scope === 'global' || !sessionId) {
    await tx.query('delete from auth.sessions where user_id = $1', [userId]);
  } else if (scope === 'local') {
    await tx.query('delete from auth.sessions where id = $1 and user_id = $2', [sessionId, userId]);
  } else {
    await tx.query('delete from auth.sessions where user_id = $1 and id <> $2', [
      userId,
      sessionId,
    ]);
  }
}
