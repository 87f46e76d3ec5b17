// The Pothos builder and its plugins; nothing else. Types and fields live in each module's
// schema.ts, and lib/graphql/schema.ts imports them all and builds the schema.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { fieldErrorsFrom, ValidationError } from '../errors/app-errors.ts';
import type { GraphqlContext } from './context.ts';
import SafeInputPlugin from './safe-input.ts';

export interface WaymarkSchemaTypes {
  Context: GraphqlContext;
  AuthScopes: { signedIn: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    JSON: { Input: JsonValue; Output: unknown };
    Decimal: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
}

/** What the JSON scalar accepts: any JSON value. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type WaymarkTypes = PothosSchemaTypes.ExtendDefaultTypes<WaymarkSchemaTypes>;

export const builder = new SchemaBuilder<WaymarkSchemaTypes>({
  // scope-auth first, as its docs require; safe-input after errors, so that its refusals of
  // arguments become the mutations' ValidationError results.
  plugins: [
    ScopeAuthPlugin,
    ErrorsPlugin,
    ValidationPlugin,
    SafeInputPlugin,
    RelayPlugin,
    DataloaderPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ signedIn: Boolean(ctx.user.id) }),
  },
  errors: {
    // Validation failures of arguments come back as the typed ValidationError, like the ones
    // services raise. Safe here: every request is authenticated before execution starts.
    unsafelyHandleInputErrors: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${capitalize(fieldName)}Result`,
    },
    defaultResultOptions: {
      name: ({ fieldName }) => `${capitalize(fieldName)}Success`,
    },
  },
  validation: {
    validationError: (result) => new ValidationError(fieldErrorsFrom(result.issues)),
  },
  relay: {
    // Records are addressed by their own uuid; no global-id node fields.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});

/** `createDeal` → `CreateDeal`: how the schema's generated type names are spelt. */
export function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
