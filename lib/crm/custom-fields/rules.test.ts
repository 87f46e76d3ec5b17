import { describe, expect, it } from 'vitest';
import { checkCustomFieldValues, type FieldRule, isIsoDate } from './rules.ts';

const USER = '7f0c1c9e-3b1e-4d7a-9a55-0d6f4f6c2b11';

const rules: FieldRule[] = [
  { key: 'summary', type: 'text', options: [], required: false },
  { key: 'employees', type: 'number', options: [], required: false },
  { key: 'founded', type: 'date', options: [], required: false },
  { key: 'active', type: 'boolean', options: [], required: false },
  { key: 'tier', type: 'select', options: ['gold', 'silver'], required: false },
  { key: 'tags', type: 'multi_select', options: ['a', 'b', 'c'], required: false },
  { key: 'manager', type: 'user', options: [], required: false },
  { key: 'website', type: 'url', options: [], required: false },
];

function errorsFor(values: Record<string, unknown>, using = rules) {
  return checkCustomFieldValues(using, values).errors;
}

describe('custom field values', () => {
  it.each([
    ['summary', 'Makes widgets'],
    ['summary', 'x'.repeat(10_000)],
    ['employees', 0],
    ['employees', -12.5],
    ['founded', '2024-02-29'],
    ['active', false],
    ['tier', 'silver'],
    ['tags', ['c', 'a']],
    ['manager', USER],
    ['website', 'https://example.com/about?x=1'],
    ['website', 'http://localhost:8080'],
  ])('accept a good %s value (%j)', (key, value) => {
    expect(errorsFor({ [key]: value })).toEqual([]);
  });

  it.each([
    ['summary', 42, 'must be text'],
    ['summary', 'x'.repeat(10_001), 'must be at most 10000 characters'],
    ['employees', '12', 'must be a finite number'],
    ['employees', Number.POSITIVE_INFINITY, 'must be a finite number'],
    ['employees', Number.NaN, 'must be a finite number'],
    ['founded', '2023-02-29', 'must be a date written YYYY-MM-DD'],
    ['founded', '2024-2-1', 'must be a date written YYYY-MM-DD'],
    ['founded', '2024-01-01T00:00:00Z', 'must be a date written YYYY-MM-DD'],
    ['active', 'yes', 'must be true or false'],
    ['active', 0, 'must be true or false'],
    ['tier', 'platinum', 'must be one of: gold, silver'],
    ['tier', '', 'must be one of: gold, silver'],
    ['tags', 'a', 'must be a list of options'],
    ['tags', ['a', 'z'], 'may only hold these options: a, b, c (not "z")'],
    ['tags', ['a', 'a'], 'lists an option twice'],
    ['manager', 'not-a-uuid', 'must be the id of a user'],
    ['website', 'ftp://example.com', 'must be an http(s) URL'],
    ['website', 'javascript:alert(1)', 'must be an http(s) URL'],
    ['website', 'example.com', 'must be an http(s) URL'],
  ])('refuse a bad %s value (%j), naming the field', (key, value, message) => {
    expect(errorsFor({ [key]: value })).toEqual([
      { path: ['input', 'customFields', key], message },
    ]);
  });

  it('refuse keys that are not defined', () => {
    expect(errorsFor({ colour: 'red' })).toEqual([
      {
        path: ['input', 'customFields', 'colour'],
        message: 'is not a custom field defined for this record type',
      },
    ]);
  });

  it('report every bad key at once', () => {
    const paths = errorsFor({ employees: 'many', tier: 'bronze', nope: 1, summary: 'ok' }).map(
      (e) => e.path[2],
    );
    expect(paths).toEqual(['employees', 'tier', 'nope']);
  });

  it('let null clear a field of any type', () => {
    const allNull = Object.fromEntries(rules.map((r) => [r.key, null]));
    expect(errorsFor(allNull)).toEqual([]);
  });

  it('hand back well-formed user ids for a membership check', () => {
    expect(checkCustomFieldValues(rules, { manager: USER }).userRefs).toEqual([
      { key: 'manager', userId: USER },
    ]);
  });

  describe('required fields', () => {
    const required: FieldRule[] = [
      { key: 'summary', type: 'text', options: [], required: true },
      { key: 'tags', type: 'multi_select', options: ['a'], required: true },
      { key: 'active', type: 'boolean', options: [], required: true },
    ];

    it('must be present', () => {
      expect(errorsFor({}, required)).toEqual(
        ['summary', 'tags', 'active'].map((key) => ({
          path: ['input', 'customFields', key],
          message: 'is required',
        })),
      );
    });

    it('must not be empty: null, blank text or no options', () => {
      const messages = errorsFor({ summary: '   ', tags: [], active: null }, required).map(
        (e) => `${e.path[2]} ${e.message}`,
      );
      expect(messages).toEqual(['summary is required', 'tags is required', 'active is required']);
    });

    it('are satisfied by false, which is a value', () => {
      expect(errorsFor({ summary: 'x', tags: ['a'], active: false }, required)).toEqual([]);
    });
  });
});

describe('ISO dates', () => {
  it.each(['2024-02-29', '2000-02-29', '1999-12-31'])('%s is a date', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });
  it.each(['1900-02-29', '2024-13-01', '2024-04-31', '24-01-01', '2024-01-01 ', 20240101])(
    '%s is not',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});
