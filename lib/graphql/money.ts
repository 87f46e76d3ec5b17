// Money in the API: a `Decimal` scalar (a decimal string such as "1250.50", never a JS float, so
// no cent is lost on the way) and a `Money` object pairing an amount with its currency. Amounts
// of different currencies are never added: a total is one Money per currency.
import { GraphQLError } from 'graphql';
import { builder } from './builder.ts';

/** An amount in one currency; `amount` is a decimal string as Postgres `numeric` prints it. */
export interface Money {
  amount: string;
  currency: string;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

function isDecimal(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

builder.scalarType('Decimal', {
  description: 'A decimal number as a string, e.g. "1250.50": exact, never a binary float.',
  serialize: (value) => {
    if (!isDecimal(value)) throw new GraphQLError('Decimal must be a decimal string');
    return value;
  },
  parseValue: (value) => {
    if (!isDecimal(value)) {
      throw new GraphQLError('Decimal must be a string of digits, e.g. "1250.50"');
    }
    return value;
  },
});

export const MoneyRef = builder.objectRef<Money>('Money').implement({
  description: 'An amount of money in one currency.',
  fields: (t) => ({
    amount: t.expose('amount', { type: 'Decimal' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, e.g. EUR.' }),
  }),
});
