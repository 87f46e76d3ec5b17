// The API's mutation convention in one place: `name(input: XInput!): NameResult!`, a union of
// `NameSuccess { <dataField>: T! }` and the shared error types, resolved by a service operation.
import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { ServiceContext } from '../db/service-context.ts';
import { builder, type WaymarkTypes } from './builder.ts';
import { serviceContext } from './context.ts';
import { mutationErrors } from './errors.ts';

type Operation<T> = (ctx: ServiceContext, input: unknown) => Promise<T>;

export function defineMutations<Shape, T extends Shape>(
  type: ObjectRef<WaymarkTypes, Shape, T>,
  dataField: string,
  mutations: Record<string, [InputObjectRef<WaymarkTypes, unknown>, Operation<T>]>,
  /** Error classes this family of mutations may answer with beyond the shared ones. */
  extraErrors: (new (...args: never[]) => Error)[] = [],
): void {
  for (const [name, [inputRef, operation]] of Object.entries(mutations)) {
    builder.mutationField(name, (t) =>
      t.field({
        type,
        args: { input: t.arg({ type: inputRef, required: true }) },
        errors: { types: [...mutationErrors, ...extraErrors], dataField: { name: dataField } },
        // Pothos cannot see through the generic ref here; the service's type is checked at the
        // call site, against the ref, by this function's signature.
        resolve: (_root, { input }, ctx) => operation(serviceContext(ctx), input) as never,
      }),
    );
  }
}
