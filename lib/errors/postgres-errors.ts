// Postgres reports some expected failures itself (a row RLS refused, a unique key taken). Both
// drivers expose the SQLSTATE as `code`; this reads it so services can answer with typed errors.

export const SqlState = {
  InsufficientPrivilege: '42501',
  UniqueViolation: '23505',
  ForeignKeyViolation: '23503',
  CheckViolation: '23514',
  NoDataFound: 'P0002',
} as const;

export interface PostgresErrorInfo {
  code: string;
  constraint?: string;
  hint?: string;
  message: string;
}

export function postgresError(error: unknown): PostgresErrorInfo | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as Error & {
    code?: unknown;
    constraint?: string;
    constraint_name?: string;
    hint?: string;
  };
  if (typeof e.code !== 'string' || !/^[0-9A-Z]{5}$/.test(e.code)) return undefined;
  const constraint = e.constraint ?? e.constraint_name;
  return {
    code: e.code,
    message: e.message,
    ...(constraint ? { constraint } : {}),
    ...(e.hint ? { hint: e.hint } : {}),
  };
}

export function isSqlState(error: unknown, code: string): boolean {
  return postgresError(error)?.code === code;
}
