import { describe, expect, it } from 'vitest';
import type { SqlParam } from '../../db/port.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { type CustomFieldFilter, customFieldConditions } from './filters.ts';

function refusal(filters: CustomFieldFilter[]) {
  try {
    customFieldConditions(filters, []);
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error('accepted');
}

describe('custom field filters', () => {
  it('append their parameters after the ones already there, and keep input out of the SQL', () => {
    const params: SqlParam[] = ['workspace'];
    const conditions = customFieldConditions(
      [
        { key: 'tier', op: 'EQ', value: "gold'; drop table x; --" },
        { key: 'employees', op: 'GT', value: 10 },
      ],
      params,
    );
    expect(params).toEqual(['workspace', 'tier', `"gold'; drop table x; --"`, 'employees', 10]);
    expect(conditions).toHaveLength(2);
    expect(conditions.join(' ')).not.toContain('drop table');
    expect(conditions[0]).toContain('$2::text');
    expect(conditions[1]).toContain('$5::numeric');
  });

  it('refuse keys that are not custom field keys', () => {
    expect(refusal([{ key: "x' or 1=1", op: 'IS_SET' }])).toEqual([
      { path: ['customFields', '0', 'key'], message: 'is not a custom field key' },
    ]);
  });

  it.each([
    [{ key: 'a', op: 'EQ' }, 'is required'],
    [{ key: 'a', op: 'CONTAINS', value: 3 }, 'must be non-empty text'],
    [{ key: 'a', op: 'GT', value: 'soon' }, 'must be a number or a date written YYYY-MM-DD'],
    [{ key: 'a', op: 'IN', value: [] }, 'must be a list of 1 to 100 values'],
    [{ key: 'a', op: 'IS_SET', value: 'yes' }, 'must be true, false or left out'],
  ] as [CustomFieldFilter, string][])('refuse a value that does not fit %j', (filter, message) => {
    expect(refusal([filter])).toEqual([{ path: ['customFields', '0', 'value'], message }]);
  });

  it('compare numbers numerically and dates as text', () => {
    const [byNumber, byDate] = customFieldConditions(
      [
        { key: 'n', op: 'LTE', value: 5 },
        { key: 'd', op: 'GTE', value: '2024-01-01' },
      ],
      [],
    );
    expect(byNumber).toMatch(/::numeric end\) <= \$2::numeric$/);
    expect(byDate).toMatch(/collate "C" >= \$4::text$/);
  });
});
