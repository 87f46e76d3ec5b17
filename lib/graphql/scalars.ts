import type { ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ValidationError } from '../errors/app-errors.ts';
import { builder, type JsonValue } from './builder.ts';

/** The years a DateTime input may name: what every client means, and Postgres stores. */
export const DATE_TIME_YEARS = { min: 1, max: 9999 } as const;

/** Bounds of a JSON or JSONObject input: deeper or bigger is refused before any resolver runs. */
export const JSON_LIMITS = { maxDepth: 32, maxBytes: 64 * 1024 } as const;

// graphql-scalars' DateTime parses inputs (RFC 3339: a string without an offset is refused);
// a year outside 1–9999 is refused too (Postgres cannot store +200000 or -271821, and no one
// means them). Answers stay ISO strings in UTC, rather than the library's Date objects.
function inRange(date: Date): Date {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < DATE_TIME_YEARS.min || year > DATE_TIME_YEARS.max) {
    throw invalid(
      `DateTime must be between the years ${DATE_TIME_YEARS.min} and ${DATE_TIME_YEARS.max}`,
    );
  }
  return date;
}

builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'An ISO-8601 timestamp with time zone, in the years 1 to 9999.',
  serialize: (value) =>
    value instanceof Date ? value.toISOString() : new Date(value as string).toISOString(),
  parseValue: (value) => inRange(DateTimeResolver.parseValue(value) as Date),
  parseLiteral: (ast: ValueNode) => inRange(DateTimeResolver.parseLiteral(ast, {}) as Date),
});

/**
 * A scalar's refusal. An AppError, not a GraphQLError: graphql-js and the JIT both wrap what a
 * scalar throws as the variable's error and keep it as originalError, which is how the error
 * keeps its code and reason (yoga.ts) instead of being masked as unexpected.
 */
function invalid(message: string): ValidationError {
  return new ValidationError([{ path: [], message }], message);
}

/** Refuses JSON nested deeper or bigger than JSON_LIMITS (iteratively: no stack to overflow). */
function bounded<T>(value: T, scalar: string): T {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= JSON_LIMITS.maxDepth) {
      throw invalid(`${scalar} must not be nested deeper than ${JSON_LIMITS.maxDepth} levels`);
    }
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  if (Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8') > JSON_LIMITS.maxBytes) {
    throw invalid(`${scalar} must not be larger than ${JSON_LIMITS.maxBytes / 1024} KB`);
  }
  return value;
}

builder.scalarType('JSONObject', {
  description: `A JSON object, at most ${JSON_LIMITS.maxDepth} levels deep and ${JSON_LIMITS.maxBytes / 1024} KB.`,
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw invalid('JSONObject must be an object');
    }
    return bounded(value as Record<string, unknown>, 'JSONObject');
  },
});

builder.scalarType('JSON', {
  description: `Any JSON value: text, number, boolean, list, object or null; at most ${JSON_LIMITS.maxDepth} levels deep and ${JSON_LIMITS.maxBytes / 1024} KB.`,
  serialize: (value) => value,
  // Variables arrive parsed from JSON, and literals are converted by graphql-js: JSON either way.
  parseValue: (value) => bounded(value as JsonValue, 'JSON'),
});
