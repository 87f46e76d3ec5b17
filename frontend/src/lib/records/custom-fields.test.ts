import { describe, expect, it } from 'vitest';
import {
  type CustomFieldDefinitionLike,
  type CustomFieldType,
  customFieldValues,
  draftOf,
  draftsOf,
  formatCustomFieldValue,
  parseDraft,
} from './custom-fields.ts';

function field(
  type: CustomFieldType,
  overrides: Partial<CustomFieldDefinitionLike> = {},
): CustomFieldDefinitionLike {
  return {
    key: type.toLowerCase(),
    label: 'Budget',
    type,
    options: [],
    required: false,
    ...overrides,
  };
}

const members = [{ userId: 'u-1', email: 'ada@example.com' }];

describe('custom field values on the page', () => {
  it('reads booleans as yes or no', () => {
    expect(formatCustomFieldValue(field('BOOLEAN'), true)).toBe('Yes');
    expect(formatCustomFieldValue(field('BOOLEAN'), false)).toBe('No');
  });

  it('groups the digits of numbers', () => {
    expect(formatCustomFieldValue(field('NUMBER'), 1234567.5)).toBe('1,234,567.5');
  });

  it('writes dates out as the calendar day they are, whatever the time zone', () => {
    expect(formatCustomFieldValue(field('DATE'), '2026-03-05')).toBe('Mar 5, 2026');
  });

  it('lists the picks of a multi-select and has no value for an empty one', () => {
    const tiers = field('MULTI_SELECT', { options: ['Gold', 'Silver'] });
    expect(formatCustomFieldValue(tiers, ['Gold', 'Silver'])).toBe('Gold, Silver');
    expect(formatCustomFieldValue(tiers, [])).toBeNull();
  });

  it('names a user field’s member by email, and one who left as a former member', () => {
    expect(formatCustomFieldValue(field('USER'), 'u-1', members)).toBe('ada@example.com');
    expect(formatCustomFieldValue(field('USER'), 'u-2', members)).toBe('A former member');
  });

  it('has no value for null, missing or blank values, or a value of another type', () => {
    expect(formatCustomFieldValue(field('TEXT'), null)).toBeNull();
    expect(formatCustomFieldValue(field('TEXT'), undefined)).toBeNull();
    expect(formatCustomFieldValue(field('TEXT'), '  ')).toBeNull();
    expect(formatCustomFieldValue(field('NUMBER'), 'twelve')).toBeNull();
  });
});

describe('custom field drafts', () => {
  it('start from the stored value in the shape of their input', () => {
    expect(draftOf(field('NUMBER'), 42)).toBe('42');
    expect(draftOf(field('BOOLEAN'), true)).toBe(true);
    expect(draftOf(field('MULTI_SELECT'), ['Gold'])).toEqual(['Gold']);
    expect(draftOf(field('SELECT'), 'Gold')).toBe('Gold');
  });

  it('start empty for a missing value or one of another type', () => {
    expect(draftOf(field('NUMBER'), undefined)).toBe('');
    expect(draftOf(field('BOOLEAN'), 'yes')).toBe(false);
    expect(draftOf(field('MULTI_SELECT'), 'Gold')).toEqual([]);
    expect(draftOf(field('TEXT'), 7)).toBe('');
  });

  it('send numbers as numbers, with thousands separators allowed', () => {
    expect(parseDraft(field('NUMBER'), ' 12,500.75 ')).toEqual({ ok: true, value: 12500.75 });
  });

  it('refuse a number that is not one, naming the field', () => {
    expect(parseDraft(field('NUMBER'), 'lots')).toEqual({
      ok: false,
      problem: 'Enter Budget as a number, like 42 or 3.5.',
    });
  });

  it('clear the field when left empty', () => {
    for (const type of ['TEXT', 'NUMBER', 'DATE', 'URL', 'SELECT', 'USER'] as const) {
      expect(parseDraft(field(type), '  ')).toEqual({ ok: true, value: null });
    }
  });

  it('send booleans and multi-selects as they are, even when off or empty', () => {
    expect(parseDraft(field('BOOLEAN'), false)).toEqual({ ok: true, value: false });
    expect(parseDraft(field('MULTI_SELECT'), [])).toEqual({ ok: true, value: [] });
  });

  it('leave URLs and options for the API to check', () => {
    expect(parseDraft(field('URL'), 'example.com')).toEqual({ ok: true, value: 'example.com' });
    expect(parseDraft(field('SELECT', { options: ['A'] }), 'B')).toEqual({ ok: true, value: 'B' });
  });
});

describe('a record’s custom field values for the API', () => {
  const definitions = [
    field('NUMBER', { key: 'budget', label: 'Budget' }),
    field('TEXT', { key: 'notes', label: 'Notes' }),
    field('BOOLEAN', { key: 'vip', label: 'VIP' }),
  ];

  it('holds every defined field, so an update keeps the ones not edited', () => {
    const drafts = draftsOf(definitions, { budget: 10, notes: 'call first', stale: 'x' });
    expect(customFieldValues(definitions, { ...drafts, budget: '12' })).toEqual({
      values: { budget: 12, notes: 'call first', vip: false },
      problems: {},
    });
  });

  it('says which fields could not be converted', () => {
    expect(customFieldValues(definitions, { budget: 'ten' }).problems).toEqual({
      budget: 'Enter Budget as a number, like 42 or 3.5.',
    });
  });
});
