// Custom fields by their definition's type: how a stored value reads on the page, what a form
// holds while it is edited (a draft), and which value a draft sends to the API. The API checks
// values against the definitions and answers field by field; the form only converts what it must
// (a number typed as text) and leaves the rules (required, options, URLs) to the API.
import { formatCalendarDate } from './dates.ts';

export type CustomFieldType =
  'BOOLEAN' | 'DATE' | 'MULTI_SELECT' | 'NUMBER' | 'SELECT' | 'TEXT' | 'URL' | 'USER';

export interface CustomFieldDefinitionLike {
  key: string;
  label: string;
  type: CustomFieldType;
  options: readonly string[];
  required: boolean;
}

export interface MemberLike {
  userId: string;
  email: string;
}

/** What a form input holds: text for most types, a flag for booleans, the picks of a multi-select. */
export type CustomFieldDraft = string | boolean | string[];

export type ParsedDraft = { ok: true; value: unknown } | { ok: false; problem: string };

/** The draft a form starts from for a stored value (values of another type start empty). */
export function draftOf(definition: CustomFieldDefinitionLike, value: unknown): CustomFieldDraft {
  switch (definition.type) {
    case 'BOOLEAN':
      return value === true;
    case 'MULTI_SELECT':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/**
 * The value a draft sends: null for an empty input (which clears the field), a number for a
 * number field, the draft itself otherwise. Only a number that is not one is refused here.
 */
export function parseDraft(
  definition: CustomFieldDefinitionLike,
  draft: CustomFieldDraft,
): ParsedDraft {
  switch (definition.type) {
    case 'BOOLEAN':
      return { ok: true, value: draft === true };
    case 'MULTI_SELECT':
      return { ok: true, value: Array.isArray(draft) ? draft : [] };
    case 'NUMBER': {
      const text = typeof draft === 'string' ? draft.trim() : '';
      if (text === '') return { ok: true, value: null };
      const value = Number(text.replace(/[,\s]/g, ''));
      return Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, problem: `Enter ${definition.label} as a number, like 42 or 3.5.` };
    }
    default: {
      const text = typeof draft === 'string' ? draft.trim() : '';
      return { ok: true, value: text === '' ? null : text };
    }
  }
}

/**
 * A record's custom field values for the API, from the form's drafts: every defined field, so an
 * update (which replaces all values) keeps the ones left as they were. Problems are by key.
 */
export function customFieldValues(
  definitions: readonly CustomFieldDefinitionLike[],
  drafts: Readonly<Record<string, CustomFieldDraft>>,
): { values: Record<string, unknown>; problems: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const definition of definitions) {
    const parsed = parseDraft(definition, drafts[definition.key] ?? draftOf(definition, undefined));
    if (parsed.ok) values[definition.key] = parsed.value;
    else problems[definition.key] = parsed.problem;
  }
  return { values, problems };
}

/** The drafts of every defined field for a record's stored values. */
export function draftsOf(
  definitions: readonly CustomFieldDefinitionLike[],
  stored: Readonly<Record<string, unknown>>,
): Record<string, CustomFieldDraft> {
  return Object.fromEntries(definitions.map((d) => [d.key, draftOf(d, stored[d.key])]));
}

/** A stored value as it reads on the page; null when the record has none. */
export function formatCustomFieldValue(
  definition: CustomFieldDefinitionLike,
  value: unknown,
  members: readonly MemberLike[] = [],
): string | null {
  if (value === null || value === undefined) return null;
  switch (definition.type) {
    case 'BOOLEAN':
      return typeof value === 'boolean' ? (value ? 'Yes' : 'No') : null;
    case 'NUMBER':
      return typeof value === 'number' ? value.toLocaleString('en-US') : null;
    case 'DATE':
      return typeof value === 'string' && value ? formatCalendarDate(value) : null;
    case 'MULTI_SELECT':
      return Array.isArray(value) && value.length > 0 ? value.join(', ') : null;
    case 'USER': {
      if (typeof value !== 'string' || !value) return null;
      return members.find((m) => m.userId === value)?.email ?? 'A former member';
    }
    default:
      return typeof value === 'string' && value.trim() !== '' ? value : null;
  }
}
