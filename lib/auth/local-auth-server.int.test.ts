import { randomUUID } from 'node:crypto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type AuthTestServer, startAuthServer } from '../../test/helpers/auth-server.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import type { Db } from '../db/port.ts';
import { AuthError } from './errors.ts';
import { createAuthUser } from './service.ts';
import { createTokenVerifier } from './verify-token.ts';

let db: Db;
let server: AuthTestServer;

beforeAll(async () => {
  db = await openTestDb();
  server = await startAuthServer(db);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

function newClient(): SupabaseClient {
  return createClient(server.url, server.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: WebSocket as never },
  });
}

function newEmail(): string {
  return `user-${randomUUID().slice(0, 8)}@example.test`;
}

const password = 'correct horse battery';

async function countUsers(email: string): Promise<number> {
  const rows = await db.asService((tx) =>
    tx.query('select 1 from auth.users where lower(email) = lower($1)', [email]),
  );
  return rows.length;
}

describe('the local Supabase Auth server, driven by supabase-js', () => {
  it('signs a new user up into a session whose access token the verifier accepts', async () => {
    const email = newEmail();
    const { data, error } = await newClient().auth.signUp({ email, password });
    expect(error).toBeNull();
    expect(data.session?.token_type).toBe('bearer');
    expect(data.user?.email).toBe(email);
    expect(data.user?.email_confirmed_at).toBeTruthy();

    const verifier = createTokenVerifier({
      kind: 'hs256',
      secret: server.jwtSecret,
      issuer: server.issuer,
    });
    const claims = await verifier.verify(data.session!.access_token);
    expect(claims).toMatchObject({
      sub: data.user!.id,
      email,
      role: 'authenticated',
      aud: 'authenticated',
      aal: 'aal1',
      is_anonymous: false,
    });
    expect(claims.session_id).toEqual(expect.any(String));
    expect(data.session!.expires_at).toBe(claims.exp);
  });

  it('keeps a bcrypt hash, never the password, and keeps sign-up metadata', async () => {
    const email = newEmail();
    await newClient().auth.signUp({ email, password, options: { data: { name: 'Ada' } } });
    const [row] = await db.asService((tx) =>
      tx.query<{ encrypted_password: string; raw_user_meta_data: unknown }>(
        'select encrypted_password, raw_user_meta_data from auth.users where email = $1',
        [email],
      ),
    );
    expect(row?.encrypted_password).toMatch(/^\$2[aby]\$10\$/);
    expect(row?.encrypted_password).not.toContain(password);
    expect(row?.raw_user_meta_data).toEqual({ name: 'Ada' });
  });

  it('signs a user in with the right password, whatever the case of the email', async () => {
    const email = newEmail();
    await newClient().auth.signUp({ email, password });
    const { data, error } = await newClient().auth.signInWithPassword({
      email: email.toUpperCase(),
      password,
    });
    expect(error).toBeNull();
    expect(data.user?.email).toBe(email);
    expect(data.session?.access_token).toBeTruthy();
  });

  it('refuses a wrong password with invalid_credentials and no session', async () => {
    const email = newEmail();
    await newClient().auth.signUp({ email, password });
    const { data, error } = await newClient().auth.signInWithPassword({
      email,
      password: 'not the password',
    });
    expect(error?.code).toBe('invalid_credentials');
    expect(error?.status).toBe(400);
    expect(data.session).toBeNull();
  });

  it('answers an unknown email exactly as a wrong password', async () => {
    const { error } = await newClient().auth.signInWithPassword({ email: newEmail(), password });
    expect(error?.code).toBe('invalid_credentials');
  });

  it('refuses to sign up an email that already has an account', async () => {
    const email = newEmail();
    await newClient().auth.signUp({ email, password });
    const { data, error } = await newClient().auth.signUp({
      email: email.toUpperCase(),
      password: 'another password',
    });
    expect(error?.code).toBe('user_already_exists');
    expect(data.session).toBeNull();
    expect(await countUsers(email)).toBe(1);
  });

  it('refuses an invalid email with validation_failed and creates no user', async () => {
    const { error } = await newClient().auth.signUp({ email: 'not-an-email', password });
    expect(error?.code).toBe('validation_failed');
    expect(error?.status).toBe(400);
    expect(await countUsers('not-an-email')).toBe(0);
  });

  it('refuses a password shorter than 8 characters as weak and creates no user', async () => {
    const email = newEmail();
    const { error } = await newClient().auth.signUp({ email, password: 'short' });
    expect(error?.code).toBe('weak_password');
    expect(error?.status).toBe(422);
    expect(await countUsers(email)).toBe(0);
  });

  it('returns the signed-in user from getUser', async () => {
    const client = newClient();
    const email = newEmail();
    const { data: signedUp } = await client.auth.signUp({ email, password });
    const { data, error } = await client.auth.getUser();
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: signedUp.user!.id, email, role: 'authenticated' });
  });

  it('refuses getUser with a forged access token as bad_jwt', async () => {
    const { data, error } = await newClient().auth.getUser('forged.access.token');
    expect(error?.code).toBe('bad_jwt');
    expect(data.user).toBeNull();
  });

  it('rotates the refresh token: the new one works, the used one does not', async () => {
    const client = newClient();
    const { data: signedUp } = await client.auth.signUp({ email: newEmail(), password });
    const first = signedUp.session!.refresh_token;

    const { data: refreshed, error } = await client.auth.refreshSession();
    expect(error).toBeNull();
    const second = refreshed.session!.refresh_token;
    expect(second).not.toBe(first);
    expect(refreshed.user?.id).toBe(signedUp.user!.id);

    const { error: reuse } = await newClient().auth.refreshSession({ refresh_token: first });
    expect(reuse?.code).toBe('refresh_token_already_used');
  });

  it('ends the whole session when a used refresh token comes back', async () => {
    const client = newClient();
    const { data: signedUp } = await client.auth.signUp({ email: newEmail(), password });
    const stolen = signedUp.session!.refresh_token;
    const { data: refreshed } = await client.auth.refreshSession();

    await newClient().auth.refreshSession({ refresh_token: stolen });

    const { error } = await newClient().auth.refreshSession({
      refresh_token: refreshed.session!.refresh_token,
    });
    expect(error?.code).toBe('refresh_token_already_used');
  });

  it('refuses a refresh token it never issued', async () => {
    const { error } = await newClient().auth.refreshSession({ refresh_token: 'made-up' });
    expect(error?.code).toBe('refresh_token_not_found');
  });

  it('signs out: the refresh token and the session are gone', async () => {
    const client = newClient();
    const { data } = await client.auth.signUp({ email: newEmail(), password });
    const { refresh_token, access_token } = data.session!;

    const { error } = await client.auth.signOut();
    expect(error).toBeNull();

    const { error: refresh } = await newClient().auth.refreshSession({ refresh_token });
    expect(refresh?.code).toBe('refresh_token_not_found');
    const { error: user } = await newClient().auth.getUser(access_token);
    expect(user?.name).toBe('AuthSessionMissingError');
  });

  it('signs out only this session with scope local, leaving the others signed in', async () => {
    const email = newEmail();
    const laptop = newClient();
    const phone = newClient();
    await laptop.auth.signUp({ email, password });
    await phone.auth.signInWithPassword({ email, password });

    await laptop.auth.signOut({ scope: 'local' });

    const { error } = await phone.auth.refreshSession();
    expect(error).toBeNull();
  });

  it('signs out every session of the user with the default global scope', async () => {
    const email = newEmail();
    const laptop = newClient();
    const phone = newClient();
    await laptop.auth.signUp({ email, password });
    const { data } = await phone.auth.signInWithPassword({ email, password });

    await laptop.auth.signOut();

    const { error } = await newClient().auth.refreshSession({
      refresh_token: data.session!.refresh_token,
    });
    expect(error?.code).toBe('refresh_token_not_found');
  });
});

describe('the local Supabase Auth server over plain HTTP', () => {
  it('refuses a request without the apikey header with 401', async () => {
    const response = await fetch(`${server.url}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: newEmail(), password }),
    });
    expect(response.status).toBe(401);
  });

  it('refuses a request whose apikey is not the anon key with 401', async () => {
    const response = await fetch(`${server.url}/auth/v1/signup`, {
      method: 'POST',
      headers: { apikey: `${server.anonKey}x`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: newEmail(), password }),
    });
    expect(response.status).toBe(401);
  });

  it('answers a CORS preflight from another origin without asking for the apikey', async () => {
    const response = await fetch(`${server.url}/auth/v1/token?grant_type=password`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'apikey, authorization, content-type, x-client-info',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('lets a browser read error codes cross-origin', async () => {
    const response = await fetch(`${server.url}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: {
        apikey: server.anonKey,
        origin: 'http://localhost:5173',
        'x-supabase-api-version': '2024-01-01',
      },
      body: JSON.stringify({ email: newEmail(), password }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toMatch(
      /x-supabase-api-version/i,
    );
    expect(await response.json()).toMatchObject({ code: 'invalid_credentials' });
  });

  it('answers clients without an API version in the legacy error format', async () => {
    const response = await fetch(`${server.url}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: server.anonKey },
      body: JSON.stringify({ email: newEmail(), password }),
    });
    expect(await response.json()).toMatchObject({
      code: 400,
      error_code: 'invalid_credentials',
      msg: 'Invalid login credentials',
    });
  });

  it('refuses a body that is not JSON with bad_json, without echoing it', async () => {
    const response = await fetch(`${server.url}/auth/v1/signup`, {
      method: 'POST',
      headers: { apikey: server.anonKey, 'x-supabase-api-version': '2024-01-01' },
      body: '{"email": "a@b.test", "password": "hunter2hunter2"',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ code: 'bad_json' });
    expect(text).not.toContain('hunter2');
  });
});

describe('createAuthUser', () => {
  it('creates a confirmed user who can sign in with the password', async () => {
    const email = newEmail();
    const created = await createAuthUser(db, { email, password });
    expect(created).toEqual({ id: expect.any(String), email });
    const { data, error } = await newClient().auth.signInWithPassword({ email, password });
    expect(error).toBeNull();
    expect(data.user?.id).toBe(created.id);
  });

  it('refuses an email that already has an account with user_already_exists', async () => {
    const email = newEmail();
    await createAuthUser(db, { email, password });
    const error = await createAuthUser(db, { email, password }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe('user_already_exists');
  });
});
