import { GraphQLError } from 'graphql';
import { builder, type JsonValue } from './builder.ts';

builder.scalarType('DateTime', {
  description: 'An ISO-8601 timestamp with time zone.',
  serialize: (value) =>
    value instanceof Date ? value.toISOString() : new Date(value).toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime()))
      throw new GraphQLError('DateTime must be an ISO-8601 string');
    return date;
  },
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
