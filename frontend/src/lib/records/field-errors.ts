// Where the API's answer to a record form goes: each field error next to the field it names
// (a custom field's next to that custom field, an email's next to the emails), and what names
// no field of the form above it, in words.
import type { TypedApiError } from '../api-errors.ts';

export interface PlacedErrors {
  /** By standard field name (`name`, `emails`, …). */
  fields: Record<string, string>;
  /** By custom field key. */
  customFields: Record<string, string>;
  /** What the form shows above its fields. */
  form: string[];
}

export const noErrors: PlacedErrors = { fields: {}, customFields: {}, form: [] };

export interface ErrorLabels {
  /** How each standard field is named in a sentence: `{ name: 'The name' }`. */
  fields: Readonly<Record<string, string>>;
  /** Custom fields' labels by key. */
  customFields: Readonly<Record<string, string>>;
}

/**
 * Places a mutation's typed error. Paths are `["input", field, …]`: `["input", "customFields",
 * key]` is a custom field's, `["input", "emails", "1"]` the second line of the emails. The first
 * error of each field is kept. Errors of fields the form does not show, and errors that are not
 * about fields (forbidden, not found), go above the form; so does a validation error without any
 * field errors (its message).
 */
export function placeErrors(
  error: TypedApiError | undefined,
  fallbackMessage: string,
  labels: ErrorLabels,
): PlacedErrors {
  if (!error || error.__typename !== 'ValidationError') {
    return { fields: {}, customFields: {}, form: [fallbackMessage] };
  }
  const placed: PlacedErrors = { fields: {}, customFields: {}, form: [] };
  for (const { path, message } of error.fieldErrors) {
    const [field, ...rest] = path[0] === 'input' ? path.slice(1) : path;
    if (field === 'customFields') {
      const key = rest[0];
      const label = key ? labels.customFields[key] : undefined;
      if (key && label) {
        placed.customFields[key] ??= aboutField(label, message);
      } else {
        placed.form.push(aboutField(key ? `The custom field “${key}”` : 'Custom fields', message));
      }
      continue;
    }
    const label = field ? labels.fields[field] : undefined;
    if (field && label) {
      const line = rest[0] !== undefined && /^\d+$/.test(rest[0]) ? Number(rest[0]) + 1 : null;
      placed.fields[field] ??=
        line === null ? aboutField(label, message) : `Line ${line}: ${lowerFirst(message)}.`;
    } else {
      placed.form.push(aboutField(field ? `The ${field}` : 'The form', message));
    }
  }
  if (error.fieldErrors.length === 0) placed.form.push(sentence(error.message));
  return placed;
}

/** Whether anything was placed at all. */
export function hasErrors(errors: PlacedErrors): boolean {
  return (
    errors.form.length > 0 ||
    Object.keys(errors.fields).length > 0 ||
    Object.keys(errors.customFields).length > 0
  );
}

const PREDICATE = /^(is|are|must|has|have|should|cannot|can't|does|do|may|lists)\b/;

/** "is required" about "The name" reads "The name is required."; other messages follow a colon. */
function aboutField(label: string, message: string): string {
  const text = message.trim().replace(/[.]$/, '');
  return PREDICATE.test(text) ? `${label} ${text}.` : `${label}: ${lowerFirst(text)}.`;
}

function lowerFirst(text: string): string {
  const trimmed = text.trim().replace(/[.]$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return 'The server refused these values.';
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
