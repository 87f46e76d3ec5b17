// The API's mutation convention in one place: `name(input: NameInput!): NameResult!`, a union of
// `NameSuccess { <dataField>: T! }` and the shared error types, resolved by a service operation
// that runs atomically (lib/services/run-operation.ts): an answer with an error type changed
// nothing.
import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { z } from 'zod';
import type { ServiceOperation } from '../services/operation.ts';
import { type Operation, type Refusal, runOperation } from '../services/run-operation.ts';
import { builder, capitalize, type WaymarkTypes } from './builder.ts';
import { serviceContext } from './context.ts';
import { mutationErrors } from './errors.ts';
import { zodInput } from './zod-input.ts';

export interface MutationFamily {
  /** Error classes these mutations may answer with beyond the shared ones. */
  errors?: (new (...args: never[]) => Error)[];
  /** How the module explains a write Postgres refused (see run-operation.ts). */
  refusal?: Refusal;
}

/**
 * A service operation (its GraphQL input type `NameInput` is derived from its zod schema), or an
 * input type declared by hand with the function that takes its value.
 */
type Entry<T> =
  ServiceOperation<z.ZodObject, T> | [InputObjectRef<WaymarkTypes, unknown>, Operation<never, T>];

function inputAndRun<T>(
  name: string,
  entry: Entry<T>,
): [InputObjectRef<WaymarkTypes, unknown>, Operation<unknown, T>] {
  if (Array.isArray(entry)) return entry as never;
  const typeName = `${capitalize(name)}Input`;
  return [zodInput(typeName, entry.input) as never, entry.run as Operation<unknown, T>];
}

export function defineMutations<Shape, T extends Shape>(
  type: ObjectRef<WaymarkTypes, Shape, T>,
  dataField: string,
  mutations: Record<string, Entry<T>>,
  family: MutationFamily = {},
): void {
  for (const [name, entry] of Object.entries(mutations)) {
    const [inputRef, run] = inputAndRun(name, entry);
    builder.mutationField(name, (t) =>
      t.field({
        type,
        args: { input: t.arg({ type: inputRef, required: true }) },
        errors: {
          types: [...mutationErrors, ...(family.errors ?? [])],
          dataField: { name: dataField },
        },
        // Pothos cannot carry the generic entry's types into the resolver; `Entry` checked them.
        resolve: (_root, { input }, ctx) =>
          runOperation(serviceContext(ctx), run, input, family.refusal) as never,
      }),
    );
  }
}
