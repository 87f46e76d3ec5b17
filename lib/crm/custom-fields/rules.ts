// What a custom field value must look like for its definition's type: pure rules, so every write
// path (organizations, people, deals, leads) checks values the same way.
import { z } from 'zod';
import type { FieldError } from '../../errors/app-errors.ts';

export const CUSTOM_FIELD_TYPES = [
  'text',
  'number',
  'date',
  'boolean',
  'select',
  'multi_select',
  'user',
  'url',
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export const MAX_TEXT_LENGTH = 10_000;
const MAX_URL_LENGTH = 2_000;

/** A definition as the rules need it. */
export interface FieldRule {
  key: string;
  type: CustomFieldType;
  options: readonly string[];
  required: boolean;
}

export interface ValueCheck {
  /** Paths are ['input', 'customFields', key]. */
  errors: FieldError[];
  /** Well-formed user ids, by key: whether each is a member of the workspace is for the caller. */
  userRefs: { key: string; userId: string }[];
}

const Uuid = z.uuid();
const HttpUrl = z.url({ protocol: /^https?$/ }).max(MAX_URL_LENGTH);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isSelectType(type: CustomFieldType): boolean {
  return type === 'select' || type === 'multi_select';
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** No value at all: null, blank text, an empty selection. Required fields must not be empty. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Why a (non-null) value does not fit the field, or undefined when it does. */
export function valueProblem(rule: FieldRule, value: unknown): string | undefined {
  switch (rule.type) {
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      return value.length > MAX_TEXT_LENGTH
        ? `must be at most ${MAX_TEXT_LENGTH} characters`
        : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : 'must be a finite number';
    case 'date':
      return isIsoDate(value) ? undefined : 'must be a date written YYYY-MM-DD';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'select':
      return typeof value === 'string' && rule.options.includes(value)
        ? undefined
        : `must be one of: ${rule.options.join(', ')}`;
    case 'multi_select': {
      if (!Array.isArray(value)) return 'must be a list of options';
      const unknown = value.find((v) => typeof v !== 'string' || !rule.options.includes(v));
      if (unknown !== undefined) {
        return `may only hold these options: ${rule.options.join(', ')} (not ${JSON.stringify(unknown)})`;
      }
      return new Set(value).size === value.length ? undefined : 'lists an option twice';
    }
    case 'user':
      return Uuid.safeParse(value).success ? undefined : 'must be the id of a user';
    case 'url':
      return HttpUrl.safeParse(value).success ? undefined : 'must be an http(s) URL';
  }
}

/**
 * Checks a record's whole custom_fields object against its definitions: every key must be
 * defined, every non-null value must fit its type, and required fields must hold a value.
 */
export function checkCustomFieldValues(
  rules: readonly FieldRule[],
  values: Readonly<Record<string, unknown>>,
): ValueCheck {
  const byKey = new Map(rules.map((r) => [r.key, r]));
  const errors: FieldError[] = [];
  const userRefs: ValueCheck['userRefs'] = [];
  const fail = (key: string, message: string) =>
    errors.push({ path: ['input', 'customFields', key], message });

  for (const [key, value] of Object.entries(values)) {
    const rule = byKey.get(key);
    if (!rule) {
      fail(key, 'is not a custom field defined for this record type');
      continue;
    }
    if (isEmptyValue(value)) {
      if (rule.required) fail(key, 'is required');
      // null clears a field of any type; blank text and empty selections are values of theirs.
      else if (value != null && rule.type !== 'text' && rule.type !== 'multi_select') {
        fail(key, valueProblem(rule, value) ?? 'is not a value of this field');
      }
      continue;
    }
    const problem = valueProblem(rule, value);
    if (problem) fail(key, problem);
    else if (rule.type === 'user') userRefs.push({ key, userId: value as string });
  }
  for (const rule of rules) {
    if (rule.required && !(rule.key in values)) fail(rule.key, 'is required');
  }
  return { errors, userRefs };
}
