// The embedded auth server's operations: sign up, sign in, refresh, read the user, sign out.
// Each runs in one service-role transaction; the HTTP layer (local-auth-server.ts) only parses
// and shapes answers.
import type { Db, Tx, UserClaims } from '../db/port.ts';
import {
  checkPassword,
  hashPassword,
  type NewCredentials,
  normalizeEmail,
  parseNewCredentials,
} from './credentials.ts';
import { AuthError } from './errors.ts';
import {
  deleteSessions,
  findRefreshTokenForUpdate,
  insertRefreshToken,
  insertSession,
  type LogoutScope,
  revokeRefreshToken,
  revokeSessionRefreshTokens,
  sessionExists,
  touchSession,
} from './sessions.ts';
import { createRefreshToken, hashRefreshToken, signAccessToken } from './tokens.ts';
import {
  findUserById,
  findUserWithPasswordByEmail,
  insertUser,
  recordSignIn,
  type UserRow,
} from './users.ts';

export interface AuthServiceOptions {
  db: Db;
  jwtSecret: string;
  issuer: string;
  accessTokenTtlSeconds: number;
}

export interface IssuedSession {
  accessToken: string;
  expiresIn: number;
  /** Seconds since the epoch. */
  expiresAt: number;
  refreshToken: string;
  user: UserRow;
}

export interface AuthService {
  signUp(
    credentials: NewCredentials,
    userMetadata: Record<string, unknown>,
  ): Promise<IssuedSession>;
  signInWithPassword(credentials: { email: string; password: string }): Promise<IssuedSession>;
  /** Rotates: the token given is spent, and a second use of it ends the whole session. */
  refreshSession(refreshToken: string): Promise<IssuedSession>;
  findUser(claims: UserClaims): Promise<UserRow>;
  signOut(claims: UserClaims, scope: LogoutScope): Promise<void>;
}

/** What a transaction hands over to become a session response. */
interface Grant {
  user: UserRow;
  sessionId: string;
  signedInAt: Date | string;
  refreshToken: string;
}

export function createAuthService(options: AuthServiceOptions): AuthService {
  const { db } = options;
  const jwtSecret = new TextEncoder().encode(options.jwtSecret);

  async function issue(grant: Grant): Promise<IssuedSession> {
    const { token, expiresAt } = await signAccessToken({
      user: grant.user,
      sessionId: grant.sessionId,
      signedInAt: grant.signedInAt,
      jwtSecret,
      issuer: options.issuer,
      ttlSeconds: options.accessTokenTtlSeconds,
    });
    return {
      accessToken: token,
      expiresIn: options.accessTokenTtlSeconds,
      expiresAt,
      refreshToken: grant.refreshToken,
      user: grant.user,
    };
  }

  return {
    async signUp(credentials, userMetadata) {
      // Hashed before the transaction: bcrypt's deliberate slowness should not hold a connection.
      const encryptedPassword = await hashPassword(credentials.password);
      const grant = await db.asService(async (tx) => {
        const created = await insertUser(tx, {
          email: credentials.email,
          encryptedPassword,
          userMetadata,
        });
        if (!created) throw new AuthError('user_already_exists');
        return startSession(tx, await recordSignIn(tx, created.id));
      });
      return issue(grant);
    },

    async signInWithPassword({ email, password }) {
      const grant = await db.asService(async (tx) => {
        const user = await findUserWithPasswordByEmail(tx, normalizeEmail(email));
        // One answer for "no such user" and "wrong password", so emails cannot be probed.
        if (!(await checkPassword(password, user?.encrypted_password)) || !user) {
          throw new AuthError('invalid_credentials');
        }
        return startSession(tx, await recordSignIn(tx, user.id));
      });
      return issue(grant);
    },

    async refreshSession(refreshToken) {
      const hash = hashRefreshToken(refreshToken);
      const outcome = await db.asService(async (tx) => {
        const used = await findRefreshTokenForUpdate(tx, hash);
        if (!used) throw new AuthError('refresh_token_not_found');
        if (used.revoked) {
          // A spent token coming back means it leaked or was copied: end the session for
          // everyone holding one of its tokens. Returned, not thrown, so the revocation commits.
          await revokeSessionRefreshTokens(tx, used.session_id);
          return { reused: true } as const;
        }
        const user = await findUserById(tx, used.user_id);
        if (!user) throw new AuthError('refresh_token_not_found');
        await revokeRefreshToken(tx, used.id);
        const next = createRefreshToken();
        await insertRefreshToken(tx, {
          hash: next.hash,
          userId: user.id,
          sessionId: used.session_id,
          parentHash: hash,
        });
        await touchSession(tx, used.session_id);
        const grant: Grant = {
          user,
          sessionId: used.session_id,
          signedInAt: used.session_created_at,
          refreshToken: next.token,
        };
        return { reused: false, grant } as const;
      });
      if (outcome.reused) throw new AuthError('refresh_token_already_used');
      return issue(outcome.grant);
    },

    findUser(claims) {
      return db.asService((tx) => findLiveUser(tx, claims));
    },

    async signOut(claims, scope) {
      await db.asService(async (tx) => {
        const user = await findLiveUser(tx, claims);
        await deleteSessions(tx, user.id, scope, sessionIdOf(claims));
      });
    },
  };
}

/**
 * A confirmed email user who can sign in with this password (the demo seed uses it).
 * Throws AuthError 'user_already_exists' when the email is taken.
 */
export async function createAuthUser(
  db: Db,
  input: { email: string; password: string },
): Promise<{ id: string; email: string }> {
  const credentials = parseNewCredentials(input);
  const encryptedPassword = await hashPassword(credentials.password);
  const user = await db.asService((tx) =>
    insertUser(tx, { email: credentials.email, encryptedPassword, userMetadata: {} }),
  );
  if (!user) throw new AuthError('user_already_exists');
  return { id: user.id, email: user.email };
}

/**
 * A user's email address, for other modules (the notifier's emails); null when they have none.
 * Through waymark.user_email: on Supabase service_role may not read auth.users itself.
 */
export async function findUserEmail(tx: Tx, userId: string): Promise<string | null> {
  const [row] = await tx.query<{ email: string | null }>(
    'select waymark.user_email($1::uuid) as email',
    [userId],
  );
  return row?.email ?? null;
}

async function startSession(tx: Tx, user: UserRow): Promise<Grant> {
  const session = await insertSession(tx, user.id);
  const refresh = createRefreshToken();
  await insertRefreshToken(tx, {
    hash: refresh.hash,
    userId: user.id,
    sessionId: session.id,
    parentHash: null,
  });
  return {
    user,
    sessionId: session.id,
    signedInAt: session.created_at,
    refreshToken: refresh.token,
  };
}

/** The token's user, as long as the user and the token's session still exist. */
async function findLiveUser(tx: Tx, claims: UserClaims): Promise<UserRow> {
  const user = await findUserById(tx, claims.sub);
  if (!user) throw new AuthError('user_not_found');
  const sessionId = sessionIdOf(claims);
  if (sessionId && !(await sessionExists(tx, sessionId))) {
    throw new AuthError('session_not_found');
  }
  return user;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sessionIdOf(claims: UserClaims): string | undefined {
  const id = claims.session_id;
  return typeof id === 'string' && UUID.test(id) ? id : undefined;
}
