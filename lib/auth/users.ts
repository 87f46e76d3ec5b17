// auth.users rows, and the user object Supabase Auth answers with.
import { json, type Tx } from '../db/port.ts';

// A type, not an interface: Tx.query wants rows indexable as Record<string, unknown>.
export type UserRow = {
  id: string;
  aud: string;
  role: string;
  email: string;
  email_confirmed_at: Date | string | null;
  last_sign_in_at: Date | string | null;
  raw_app_meta_data: Record<string, unknown>;
  raw_user_meta_data: Record<string, unknown>;
  created_at: Date | string;
  updated_at: Date | string;
};

const USER_COLUMNS = `id, aud, role, email, email_confirmed_at, last_sign_in_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at`;

const EMAIL_APP_METADATA = { provider: 'email', providers: ['email'] };

/** A confirmed email user, or undefined when the email is taken. */
export async function insertUser(
  tx: Tx,
  user: { email: string; encryptedPassword: string; userMetadata: Record<string, unknown> },
): Promise<UserRow | undefined> {
  // Auto-confirmed: the embedded server sends no mail, so there is nothing to confirm with.
  // `::text::jsonb`, not `::jsonb`: postgres.js would JSON-encode the string a second time.
  const [row] = await tx.query<UserRow>(
    `insert into auth.users (email, encrypted_password, email_confirmed_at,
       raw_app_meta_data, raw_user_meta_data)
     values ($1, $2, now(), $3::text::jsonb, $4::text::jsonb)
     on conflict do nothing
     returning ${USER_COLUMNS}`,
    [user.email, user.encryptedPassword, json(EMAIL_APP_METADATA), json(user.userMetadata)],
  );
  return row;
}

export async function findUserWithPasswordByEmail(
  tx: Tx,
  email: string,
): Promise<(UserRow & { encrypted_password: string | null }) | undefined> {
  const [row] = await tx.query<UserRow & { encrypted_password: string | null }>(
    `select ${USER_COLUMNS}, encrypted_password from auth.users where lower(email) = $1`,
    [email],
  );
  return row;
}

export async function findUserById(tx: Tx, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.query<UserRow>(`select ${USER_COLUMNS} from auth.users where id = $1`, [
    id,
  ]);
  return row;
}

export async function recordSignIn(tx: Tx, id: string): Promise<UserRow> {
  const [row] = await tx.query<UserRow>(
    `update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1
     returning ${USER_COLUMNS}`,
    [id],
  );
  if (!row) throw new Error('the user to record a sign-in for does not exist');
  return row;
}

/** The user as GET /auth/v1/user and every session response show it. */
export function toUserJson(user: UserRow) {
  const confirmedAt = isoOrUndefined(user.email_confirmed_at);
  const createdAt = isoOrUndefined(user.created_at);
  return {
    id: user.id,
    aud: user.aud,
    role: user.role,
    email: user.email,
    email_confirmed_at: confirmedAt,
    phone: '',
    confirmed_at: confirmedAt,
    last_sign_in_at: isoOrUndefined(user.last_sign_in_at),
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    // One email identity, as Supabase lists it: SPAs read identities to tell providers apart.
    identities: [
      {
        identity_id: user.id,
        id: user.id,
        user_id: user.id,
        identity_data: { sub: user.id, email: user.email, email_verified: true },
        provider: 'email',
        email: user.email,
        created_at: createdAt,
        updated_at: createdAt,
      },
    ],
    created_at: createdAt,
    updated_at: isoOrUndefined(user.updated_at),
    is_anonymous: false,
  };
}

function isoOrUndefined(value: Date | string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
