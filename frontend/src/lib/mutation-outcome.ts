// One shape for what a mutation did, whatever went wrong: a typed error from the API (with its
// field errors), or a request that failed as a whole. Forms render `message` and `fieldErrors`.
import {
  describeRequestError,
  describeTypedError,
  fieldErrorsByName,
  isTypedApiError,
  type TypedApiError,
} from './api-errors.ts';

export type MutationOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; fieldErrors: Record<string, string>; error?: TypedApiError };

/** The outcome of a mutation result union, given how to read its success member. */
export function outcomeOf<R extends { __typename?: string }, T>(
  result: R | null | undefined,
  readSuccess: (result: R) => T | undefined,
  /** Labels of the input's fields, so field errors read "Amount must not be negative." */
  fieldLabels: Readonly<Record<string, string>> = {},
): MutationOutcome<T> {
  if (!result) return failed('The server sent no answer. Try again.');
  if (isTypedApiError(result)) {
    return {
      ok: false,
      message: describeTypedError(result),
      fieldErrors: fieldErrorsByName(result, fieldLabels),
      error: result,
    };
  }
  const value = readSuccess(result);
  return value === undefined
    ? failed('The server sent an unexpected answer.')
    : { ok: true, value };
}

/** A request that failed before any typed answer. */
export function requestFailed<T>(error: unknown): MutationOutcome<T> {
  return failed(describeRequestError(error));
}

function failed<T>(message: string): MutationOutcome<T> {
  return { ok: false, message, fieldErrors: {} };
}
