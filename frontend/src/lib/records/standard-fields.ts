// A record type's own fields (a lead's email, a person's phones, …) as a form shows them: what
// kind of input each is, the text it starts from, and the value it sends. Like custom fields,
// only conversions happen here; the API checks the values and answers field by field.
import { parseAmountText } from '../amount-text.ts';
import type { ParsedDraft } from './custom-fields.ts';

/** `money`: the amount of a Money value, edited and sent as a decimal string. */
export type StandardFieldKind =
  'text' | 'email' | 'longtext' | 'money' | 'integer' | 'date' | 'list' | 'select';

export interface StandardField {
  name: string;
  label: string;
  /** How the field is named in a sentence ("The name is required."); the label by default. */
  errorLabel?: string;
  kind: StandardFieldKind;
  /** Sent as text even when empty, so the API (not a null) says what is missing. */
  required?: boolean;
  placeholder?: string;
  helper?: string;
  /** The choices of a select; the first is usually "none". */
  options?: readonly { value: string; label: string }[];
}

/** The text an input starts from for a stored value; lists show one item a line. */
export function standardDraftOf(field: StandardField, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.kind === 'list') return Array.isArray(value) ? value.join('\n') : '';
  if (field.kind === 'money') return (value as { amount?: string }).amount ?? '';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : '';
}

/** The value an input's text sends: null for empty (it clears), numbers and lists converted. */
export function parseStandardDraft(field: StandardField, draft: string): ParsedDraft {
  const text = draft.trim();
  const subject = (field.errorLabel ?? field.label).toLowerCase();
  switch (field.kind) {
    case 'list':
      return {
        ok: true,
        value: text
          .split(/[\n,]/)
          .map((item) => item.trim())
          .filter(Boolean),
      };
    case 'money':
      return parseAmountText(text, subject);
    case 'integer': {
      if (text === '') return { ok: true, value: null };
      const value = Number(text);
      return Number.isInteger(value)
        ? { ok: true, value }
        : { ok: false, problem: `Enter ${subject} as a whole number, like 60.` };
    }
    default:
      return { ok: true, value: text === '' && !field.required ? null : text };
  }
}

/** Every field's value for the API, and the problems by field name. */
export function standardValues(
  fields: readonly StandardField[],
  drafts: Readonly<Record<string, string>>,
): { values: Record<string, unknown>; problems: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const parsed = parseStandardDraft(field, drafts[field.name] ?? '');
    if (parsed.ok) values[field.name] = parsed.value;
    else problems[field.name] = parsed.problem;
  }
  return { values, problems };
}
