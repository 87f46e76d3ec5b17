// Inputs are declared once, in zod: this derives the GraphQL input type from a zod object and
// validates with the same schema, so the resolver receives the parsed value (defaults, trims and
// transforms applied) typed as z.output<S>, and services never see `unknown`.
//
// The mapping: uuid strings → ID, other strings → String, safe integers → Int, numbers → Float,
// booleans → Boolean, dates → DateTime, records → JSONObject, arrays → lists of non-null items,
// enums and nested objects → named GraphQL types (their zod `.meta({ id })` gives the name).
// `.meta({ graphqlType })` names any other scalar. A field is required when its schema accepts
// neither undefined nor null; `.describe()` becomes the field's description, or the type's on a
// named enum or nested object.
import type { InputFieldRef, InputObjectRef } from '@pothos/core';
import { z } from 'zod';
import { builder, type WaymarkTypes } from './builder.ts';

type AnySchema = z.core.$ZodType;
type ObjectSchema = z.ZodObject | z.ZodPipe<z.ZodObject, AnySchema>;
type FieldBuilder = PothosSchemaTypes.InputFieldBuilder<WaymarkTypes, 'InputObject'>;

interface Unwrapped {
  /** The schema under optional / nullable / default / pipe wrappers (the input side of a pipe). */
  core: AnySchema;
  required: boolean;
  description: string | undefined;
  graphqlType: string | undefined;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

function metaOf(schema: AnySchema): { description?: string; id?: string; graphqlType?: string } {
  return (z.globalRegistry.get(schema) ?? {}) as { description?: string; graphqlType?: string };
}

function unwrap(schema: AnySchema): Unwrapped {
  let core = schema;
  let required = true;
  let description: string | undefined;
  let graphqlType: string | undefined;
  for (;;) {
    const meta = metaOf(core);
    // A named type's description is the type's own, not that of every field using it.
    if (!meta.id) description ??= meta.description;
    graphqlType ??= meta.graphqlType;
    const def = core._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (WRAPPERS.has(def.type) && def.innerType) {
      if (def.type !== 'readonly' && def.type !== 'catch') required = false;
      core = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      core = def.in;
    } else {
      return { core, required, description, graphqlType };
    }
  }
}

const enums = new Map<string, unknown>();
/** zod schemas that stand for a GraphQL type declared elsewhere (an enum with its own values). */
const bound = new Map<AnySchema, unknown>();

/** Maps a zod schema to an existing GraphQL type wherever an input uses it. */
export function bindZodSchema(schema: AnySchema, ref: unknown): void {
  bound.set(schema, ref);
}
const nestedInputs = new Map<string, InputObjectRef<WaymarkTypes, unknown>>();

function describedBy(schema: AnySchema): { description?: string } {
  const { description } = metaOf(schema);
  return description ? { description } : {};
}

function namedId(schema: AnySchema, what: string, field: string): string {
  const id = metaOf(schema).id;
  if (!id) throw new Error(`${field}: a ${what} needs a GraphQL name: add .meta({ id: 'Name' })`);
  return id;
}

/** The GraphQL type of a field's core schema, as Pothos takes it. */
function graphqlTypeOf(core: AnySchema, graphqlType: string | undefined, field: string): unknown {
  if (graphqlType) return graphqlType;
  if (bound.has(core)) return bound.get(core);
  const def = core._zod.def as {
    type: string;
    element?: AnySchema;
    entries?: Record<string, string>;
  };
  const format = (core as { format?: string | null }).format;
  switch (def.type) {
    case 'string':
      return format === 'uuid' ? 'ID' : 'String';
    case 'number':
      return format === 'safeint' || format === 'int32' ? 'Int' : 'Float';
    case 'boolean':
      return 'Boolean';
    case 'date':
      return 'DateTime';
    case 'record':
      return 'JSONObject';
    case 'enum': {
      const name = namedId(core, 'enum', field);
      if (!enums.has(name)) {
        const values = Object.values(def.entries ?? {});
        enums.set(name, builder.enumType(name, { ...describedBy(core), values }));
      }
      return enums.get(name);
    }
    case 'object': {
      const name = namedId(core, 'nested input', field);
      if (!nestedInputs.has(name)) {
        nestedInputs.set(name, zodInputFields(name, core as z.ZodObject));
      }
      return nestedInputs.get(name);
    }
    case 'array': {
      const item = unwrap(def.element!);
      return [graphqlTypeOf(item.core, item.graphqlType, field)];
    }
    default:
      throw new Error(`${field}: no GraphQL input type for a zod ${def.type}`);
  }
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> {
  const { core } = unwrap(schema);
  const def = core._zod.def as { type: string; shape?: Record<string, AnySchema> };
  if (def.type !== 'object' || !def.shape) throw new Error('zodInput takes a zod object');
  return def.shape;
}

function fieldsOf(name: string, schema: AnySchema) {
  const shape = shapeOf(schema);
  return (t: FieldBuilder) =>
    Object.fromEntries(
      Object.entries(shape).map(([key, fieldSchema]) => {
        const { core, required, description, graphqlType } = unwrap(fieldSchema);
        const type = graphqlTypeOf(core, graphqlType, `${name}.${key}`);
        const options = {
          type,
          required: Array.isArray(type)
            ? required
              ? { list: true, items: true }
              : { list: false, items: true }
            : required,
          ...(description ? { description } : {}),
        };
        return [key, t.field(options as never) as InputFieldRef<WaymarkTypes, unknown>];
      }),
    );
}

/** A nested input: its fields only; the top-level input's schema validates it. */
function zodInputFields(name: string, schema: AnySchema): InputObjectRef<WaymarkTypes, unknown> {
  return builder.inputType(name, {
    ...describedBy(schema),
    fields: fieldsOf(name, schema),
  }) as never;
}

/** The GraphQL input type `name`, derived from and validated by `schema`. */
export function zodInput<S extends ObjectSchema>(
  name: string,
  schema: S,
  options: { description?: string } = {},
): InputObjectRef<WaymarkTypes, z.output<S>> {
  const description = options.description ?? metaOf(schema).description;
  return builder
    .inputType(name, { ...(description ? { description } : {}), fields: fieldsOf(name, schema) })
    .validate(schema) as unknown as InputObjectRef<WaymarkTypes, z.output<S>>;
}
