// The API's expected failures, in words people can act on. Mutations answer typed errors (see
// docs/adr/0004-api-error-conventions.md); requests can also fail as a whole (no network, an
// expired session, a masked server error).
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export interface FieldErrorLike {
  path: readonly string[];
  message: string;
}

/**
 * The typed errors a mutation selects (`...ApiErrorFields` from api-error-fields.ts, plus a refused
 * transition's own fields), as codegen types them; `code` is left out, nothing here reads it.
 */
export type TypedApiError =
  | { __typename: 'ValidationError'; message: string; fieldErrors: readonly FieldErrorLike[] }
  | { __typename: 'ForbiddenError'; message: string }
  | { __typename: 'NotFoundError'; message: string; entity: string }
  | {
      __typename: 'TransitionNotAllowedError';
      message: string;
      reason: TransitionRefusalReason;
      missingFields: readonly string[];
    };

export type TransitionRefusalReason =
  'MISSING_FIELDS' | 'NO_TRANSITION' | 'ROLE_NOT_ALLOWED' | 'SAME_STEP' | 'STEP_NOT_IN_WORKFLOW';

/** Whether a mutation's result is one of the typed errors rather than its success type. */
export function isTypedApiError(result: { __typename?: string }): result is TypedApiError {
  return (
    result.__typename === 'ValidationError' ||
    result.__typename === 'ForbiddenError' ||
    result.__typename === 'NotFoundError' ||
    result.__typename === 'TransitionNotAllowedError'
  );
}

/**
 * Field errors keyed by the input field they are about: `["input", "amount"]` becomes `amount`,
 * `["input", "emails", "1"]` becomes `emails`. The API words them as predicates ("is required",
 * "must not be negative"); given the field's label, they read as a sentence about it.
 */
export function fieldErrorsByName(
  error: TypedApiError,
  labels: Readonly<Record<string, string>> = {},
): Record<string, string> {
  if (error.__typename !== 'ValidationError') return {};
  const byName: Record<string, string> = {};
  for (const { path, message } of error.fieldErrors) {
    const rest = path[0] === 'input' ? path.slice(1) : path;
    const name = rest[0];
    if (!name || name in byName) continue;
    const label = labels[name];
    byName[name] = label && PREDICATE.test(message) ? `${label} ${message}.` : sentence(message);
  }
  return byName;
}

const PREDICATE = /^(is|are|must|has|have|should|cannot|does|do)\b/;

const FIELD_LABELS: Record<string, string> = {
  amount: 'an amount',
  name: 'a name',
  expectedCloseDate: 'an expected close date',
  organizationId: 'an organization',
  assigneeId: 'an assignee',
};

/** A refused workflow move in words, naming the steps involved. */
export function describeTransitionRefusal(
  error: { reason: TransitionRefusalReason; missingFields: readonly string[]; message: string },
  move: { from: string; to: string; what?: string },
): string {
  const what = move.what ?? 'this deal';
  switch (error.reason) {
    case 'NO_TRANSITION':
      return `The workflow does not allow moving ${what} from ${move.from} to ${move.to}.`;
    case 'MISSING_FIELDS': {
      const fields = error.missingFields.map((f) => FIELD_LABELS[f] ?? f);
      return `Give ${what} ${listInWords(fields)} before moving it to ${move.to}.`;
    }
    case 'ROLE_NOT_ALLOWED':
      return `Your role in this workspace may not move ${what} to ${move.to}.`;
    case 'SAME_STEP':
      return `${capitalize(what)} is already in ${move.to}.`;
    case 'STEP_NOT_IN_WORKFLOW':
      return `${move.to} is not a step of the workflow version ${what} follows; reload the page.`;
    default:
      return sentence(error.message);
  }
}

/** Any typed error in words; `subject` names what was acted on, for not-found errors. */
export function describeTypedError(error: TypedApiError): string {
  switch (error.__typename) {
    case 'ValidationError': {
      const [first, ...rest] = error.fieldErrors;
      if (!first) return sentence(error.message);
      const field = (first.path[0] === 'input' ? first.path.slice(1) : first.path).join(' ');
      const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
      return field
        ? `Check ${field}: ${lowerFirst(first.message)}${more}.`
        : `${sentence(first.message)}${more}`;
    }
    case 'ForbiddenError':
      return sentence(error.message || 'Your role in this workspace does not allow that');
    case 'NotFoundError':
      return `${error.entity} not found: it may have been deleted, or it is not in this workspace.`;
    case 'TransitionNotAllowedError':
      return sentence(error.message);
  }
}

/** Whether a request failed because the session is missing, expired or revoked. */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error) || ServerParseError.is(error)) return error.statusCode === 401;
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return false;
}

/** A failed request (not a typed result) in words. */
export function describeRequestError(error: unknown): string {
  if (isUnauthenticated(error)) return 'Your session has ended. Sign in again to continue.';
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    if (first && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      return sentence(first.message);
    }
    return 'The server could not do that because of an unexpected error. Try again; if it keeps failing, the server log says why.';
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return error.statusCode >= 500
      ? `The server had a problem (status ${error.statusCode}). Try again in a moment.`
      : `The server refused the request (status ${error.statusCode}).`;
  }
  if (error instanceof TypeError) {
    return 'Cannot reach the Waymark server. Check your connection and try again.';
  }
  return error instanceof Error && error.message
    ? sentence(error.message)
    : 'Something went wrong. Try again.';
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  return capitalize(/[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/[.]$/, '');
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'the missing fields';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
