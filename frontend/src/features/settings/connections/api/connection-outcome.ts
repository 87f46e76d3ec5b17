// What a connections mutation did, in the shape forms render (lib/mutation-outcome.ts), plus the
// error only these mutations have: the platform refused (ConnectorFailedError), in its words.
import { type MutationOutcome, outcomeOf } from '../../../../lib/mutation-outcome.ts';
import { type KindField, pathOf } from '../connection-kinds.ts';

export function connectionOutcome<R extends { __typename?: string }, T>(
  result: R | null | undefined,
  readSuccess: (result: R) => T | undefined,
): MutationOutcome<T> {
  if (result?.__typename === 'ConnectorFailedError') {
    const { message } = result as unknown as { message: string };
    return { ok: false, message: `The service refused: ${message}`, fieldErrors: {} };
  }
  return outcomeOf(result, readSuccess);
}

/**
 * Field errors keyed by the form's field: `["input", "credentials", "botToken"]` is `botToken`,
 * `["input", "settings", "imap", "host"]` the field whose path is `imap.host`, `["input", "name"]`
 * is `name`. `fields` gives each field's place (connection-kinds.ts's `pathOf`).
 */
export function connectionFieldErrors(
  error:
    | {
        __typename?: string;
        fieldErrors?: readonly { path: readonly string[]; message: string }[];
      }
    | undefined,
  fields: readonly { name: string; target: string; path: readonly string[] }[] = [],
): Record<string, string> {
  if (error?.__typename !== 'ValidationError' || !error.fieldErrors) return {};
  const byName: Record<string, string> = {};
  for (const { path, message } of error.fieldErrors) {
    const [target, ...inside] = path[0] === 'input' ? path.slice(1) : path;
    const field = fields.find(
      (f) => f.target === target && f.path.every((key, i) => inside[i] === key),
    );
    const name =
      field?.name ?? (target === 'credentials' || target === 'settings' ? inside[0] : target);
    if (name && !(name in byName)) byName[name] = sentence(message);
  }
  return byName;
}

/**
 * Where a refusal shows: each field error next to its field, and the message above the form
 * unless some error found its field (`otherFields` names the form's fields beyond the kind's).
 */
export function placeConnectionErrors(
  failure: { message: string; error?: Parameters<typeof connectionFieldErrors>[0] },
  fields: readonly KindField[],
  otherFields: readonly string[] = [],
): { errors: Record<string, string>; formError: string | undefined } {
  const errors = connectionFieldErrors(
    failure.error,
    fields.map((f) => ({ ...f, path: pathOf(f) })),
  );
  const known = new Set([...otherFields, ...fields.map((f) => f.name)]);
  const placed = Object.keys(errors).some((name) => known.has(name));
  return { errors, formError: placed ? undefined : failure.message };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
