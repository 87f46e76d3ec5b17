// The statement that opens every RLS-scoped transaction, the same way Supabase's own API does:
// claims into `request.jwt.claims` and the role switched for this transaction only, so it is
// safe behind a transaction-mode pooler. One statement, so it costs one round trip at most.
import type { UserClaims } from './port.ts';

export const SET_RLS_CONTEXT =
  "select set_config('request.jwt.claims', $1, true), set_config('role', $2, true)";

export function rlsContextParams(claims: UserClaims | { role: 'service_role' }): [string, string] {
  return [JSON.stringify(claims), claims.role];
}
