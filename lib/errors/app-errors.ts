// Expected failures, shared by every module. Each becomes a typed error in the GraphQL schema
// (and, with issue 15, in MCP tool answers); anything else is unexpected and masked.
import type { z } from 'zod';

export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  NotFound: 'NOT_FOUND',
  Forbidden: 'FORBIDDEN',
  TransitionNotAllowed: 'TRANSITION_NOT_ALLOWED',
  AlreadyConverted: 'ALREADY_CONVERTED',
  AlreadyDecided: 'ALREADY_DECIDED',
  ConnectorFailed: 'CONNECTOR_FAILED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;

  /** graphql-js copies an original error's `extensions` onto the GraphQL error it reports. */
  get extensions(): { code: ErrorCode } {
    return { code: this.code };
  }
}

export interface FieldError {
  /** Path to the field inside the input, e.g. ['input', 'emails', '1']. */
  path: string[];
  message: string;
}

export class ValidationError extends AppError {
  override name = 'ValidationError';
  readonly code = ErrorCode.ValidationFailed;
  constructor(
    readonly fieldErrors: FieldError[],
    message = describe(fieldErrors),
  ) {
    super(message);
  }

  static forField(path: string[], message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  readonly code = ErrorCode.NotFound;
  constructor(readonly entity: string) {
    super(`${entity} not found`);
  }
}

export class ForbiddenError extends AppError {
  override name = 'ForbiddenError';
  readonly code = ErrorCode.Forbidden;
}

function describe(fieldErrors: FieldError[]): string {
  const [first, ...rest] = fieldErrors;
  if (!first) return 'Invalid input';
  const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return `${where}${first.message}${rest.length > 0 ? ` (and ${rest.length} more)` : ''}`;
}

/** Standard-schema / zod issues to field errors, under an optional path prefix. */
export function fieldErrorsFrom(
  issues: readonly { message: string; path?: readonly (PropertyKey | { key: PropertyKey })[] }[],
  prefix: string[] = [],
): FieldError[] {
  return issues.map((issue) => ({
    path: [...prefix, ...(issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p))],
    message: issue.message,
  }));
}

/** Parses input with a zod schema; failures become a ValidationError naming each field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: string[] = ['input'],
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsFrom(result.error.issues, prefix));
  return result.data;
}
