// What a connections mutation did, in the shape forms render (lib/mutation-outcome.ts), plus the
// error only these mutations have: the platform refused (ConnectorFailedError), in its words.
import { type MutationOutcome, outcomeOf } from '../../../../lib/mutation-outcome.ts';

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
 * `["input", "settings", "imapHost"]` is `imapHost`, `["input", "name"]` is `name`.
 */
export function connectionFieldErrors(
  error:
    | { __typename?: string; fieldErrors?: readonly { path: readonly string[]; message: string }[] }
    | undefined,
): Record<string, string> {
  if (error?.__typename !== 'ValidationError' || !error.fieldErrors) return {};
  const byName: Record<string, string> = {};
  for (const { path, message } of error.fieldErrors) {
    let rest = path[0] === 'input' ? path.slice(1) : path;
    if (rest[0] === 'credentials' || rest[0] === 'settings') rest = rest.slice(1);
    const name = rest[0];
    if (name && !(name in byName)) byName[name] = sentence(message);
  }
  return byName;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
