// Which identity provider this server trusts: a real Supabase project (tokens checked against its
// secret or JWKS), or, with none configured, the embedded Supabase-compatible auth server with
// secrets generated into the data folder.

import { createLocalAuthHandler } from '../auth/local-auth-server.ts';
import { loadOrCreateLocalSecrets } from '../auth/local-secrets.ts';
import { bearerToken, createTokenVerifier } from '../auth/verify-token.ts';
import { type Config, ConfigError } from '../config.ts';
import type { Db, UserClaims } from '../db/port.ts';

export interface AuthSetup {
  /** Resolves the caller of a request from its bearer token; throws AuthError otherwise. */
  authenticate(request: Request): Promise<UserClaims>;
  /** The embedded auth server's handler for /auth/v1/*; undefined with a real Supabase project. */
  localAuth: ((request: Request) => Promise<Response>) | undefined;
  /** What the SPA needs to create its supabase-js client. Public by design: no secret in it. */
  publicConfig(request: Request): { supabaseUrl: string; supabaseAnonKey: string };
}

export async function setUpAuth(config: Config, db: Db): Promise<AuthSetup> {
  if (config.auth.mode === 'supabase') {
    const { url, anonKey, jwtSecret } = config.auth;
    const verifier = createTokenVerifier(
      jwtSecret
        ? { kind: 'hs256', secret: jwtSecret, issuer: `${url}/auth/v1` }
        : { kind: 'jwks', supabaseUrl: url },
    );
    return {
      authenticate: (request) => verifier.verify(bearerToken(request) ?? ''),
      localAuth: undefined,
      publicConfig: () => ({ supabaseUrl: url, supabaseAnonKey: anonKey }),
    };
  }
  if (await supabaseAuthOwnsUsers(db)) {
    throw new ConfigError(
      "DATABASE_URL is a Supabase project's database, whose users belong to Supabase Auth: set SUPABASE_URL and SUPABASE_ANON_KEY (the embedded auth server cannot sign users up there)",
    );
  }
  const issuer = `${config.publicUrl}/auth/v1`;
  const secrets = await loadOrCreateLocalSecrets(config.dataDir, issuer);
  const verifier = createTokenVerifier({ kind: 'hs256', secret: secrets.jwtSecret, issuer });
  return {
    authenticate: (request) => verifier.verify(bearerToken(request) ?? ''),
    localAuth: createLocalAuthHandler({
      db,
      jwtSecret: secrets.jwtSecret,
      anonKey: secrets.anonKey,
      issuer,
    }),
    // The server itself answers /auth/v1, at whatever address the browser reached it.
    publicConfig: (request) => ({
      supabaseUrl: new URL(request.url).origin,
      supabaseAnonKey: secrets.anonKey,
    }),
  };
}

/** GoTrue keeps its own migrations in auth.schema_migrations; Waymark's compat migration never does. */
async function supabaseAuthOwnsUsers(db: Db): Promise<boolean> {
  const [row] = await db.asService((tx) =>
    tx.query<{ gotrue: boolean }>(
      `select to_regclass('auth.schema_migrations') is not null as gotrue`,
    ),
  );
  return row?.gotrue ?? false;
}
