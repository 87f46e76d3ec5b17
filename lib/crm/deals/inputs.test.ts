import { describe, expect, it } from 'vitest';
import { Amount } from './inputs.ts';

const problemOf = (value: string) => Amount.safeParse(value).error?.issues[0]?.message;

describe("a deal's amount", () => {
  it('takes every decimal string numeric(14, 2) holds, leading zeros included', () => {
    for (const value of ['0', '12000', '12000.5', '0.01', '999999999999.99', '0999999999999.99']) {
      expect([value, problemOf(value)]).toEqual([value, undefined]);
    }
  });

  it('refuses what the column cannot hold exactly, saying why', () => {
    expect(problemOf('-0.01')).toBe('must not be negative');
    expect(problemOf('1.005')).toBe('has more than 2 decimals');
    expect(problemOf('1000000000000')).toBe('is too large (at most 999999999999.99)');
    expect(problemOf('12,000')).toBe('is not a decimal number, e.g. "1250.50"');
    expect(problemOf('1e3')).toBe('is not a decimal number, e.g. "1250.50"');
  });
});
