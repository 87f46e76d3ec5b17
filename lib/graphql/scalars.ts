import { GraphQLError } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { builder, type JsonValue } from './builder.ts';

// graphql-scalars' DateTime parses inputs (RFC 3339: a string without an offset is refused);
// answers stay ISO strings in UTC, as before, rather than the library's Date objects.
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'An ISO-8601 timestamp with time zone.',
  serialize: (value) =>
    value instanceof Date ? value.toISOString() : new Date(value as string).toISOString(),
});

builder.scalarType('JSONObject', {
  description: 'A JSON object.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new GraphQLError('JSONObject must be an object');
    }
    return value as Record<string, unknown>;
  },
});

builder.scalarType('JSON', {
  description: 'Any JSON value: text, number, boolean, list, object or null.',
  serialize: (value) => value,
  // Variables arrive parsed from JSON, and literals are converted by graphql-js: JSON either way.
  parseValue: (value) => value as JsonValue,
});
