import type { GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './schema.ts';

const decimal = schema.getType('Decimal') as GraphQLScalarType;

describe('the Decimal scalar', () => {
  it('takes a decimal string as it is, to the cent', () => {
    expect(decimal.parseValue('1250.50')).toBe('1250.50');
    expect(decimal.parseValue('0.1')).toBe('0.1');
  });

  it('refuses a number, which would already be a binary float, and strings that are not decimals', () => {
    for (const value of [1250.5, '1e3', '12,50', '', ' 1', '1.']) {
      expect(() => decimal.parseValue(value)).toThrow('Decimal must be');
    }
  });

  it('answers decimal strings only', () => {
    expect(decimal.serialize('300.00')).toBe('300.00');
    expect(() => decimal.serialize(300)).toThrow('Decimal must be a decimal string');
  });
});
