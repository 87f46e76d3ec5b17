// Input Postgres cannot store never reaches a service: a Pothos plugin that checks every field's
// arguments once, after the scalars parsed them and before the resolver runs, so each new field
// is covered the day it is added. Refusals are ValidationErrors naming the field: mutations
// answer them as their ValidationError result (the errors plugin catches argument errors),
// queries as a GraphQL error with code VALIDATION_FAILED.
import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import { SYSTEM_USER_ID } from '../db/port.ts';
import { type FieldError, ValidationError } from '../errors/app-errors.ts';

const pluginName = 'safeInput';

/** Why a value cannot be taken, or undefined when it can. */
function problemWith(value: string, isMutation: boolean): string | undefined {
  // Postgres refuses U+0000 in text and in jsonb.
  if (value.includes('\u0000')) return 'must not contain NUL characters (\\u0000)';
  // The system user (automation's writes, work done by no one) is nobody's assignee, member or
  // owner: its id reached foreign keys to auth.users and failed there.
  if (isMutation && value === SYSTEM_USER_ID) return 'is the system user, which cannot be given';
  return undefined;
}

/** Every string (and object key) in the arguments that Postgres could not take, with its path. */
export function unsafeInputs(args: unknown, isMutation: boolean): FieldError[] {
  const found: FieldError[] = [];
  // Iterative: a deeply nested JSON argument must not overflow the stack here (the JSON scalars
  // bound depth too, but this runs on every argument whatever its type).
  const stack: [unknown, string[]][] = [[args, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = problemWith(value, isMutation);
      if (problem) found.push({ path, message: problem });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, [...path, String(i)]]));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) {
          found.push({
            path: [...path, key],
            message: 'keys must not contain NUL characters (\\u0000)',
          });
        }
        stack.push([item, [...path, key]]);
      }
    }
  }
  return found.reverse();
}

export class PothosSafeInputPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): PothosOutputFieldConfig<Types> {
    if (Object.keys(fieldConfig.args).length === 0) return fieldConfig;
    const isMutation = fieldConfig.kind === 'Mutation';
    return {
      ...fieldConfig,
      argMappers: [
        ...fieldConfig.argMappers,
        (args) => {
          const problems = unsafeInputs(args, isMutation);
          if (problems.length > 0) throw new ValidationError(problems);
          return args;
        },
      ],
    };
  }
}

SchemaBuilder.registerPlugin(pluginName, PothosSafeInputPlugin);

// Pothos registers plugins by declaration merging into its global namespace: no module syntax can.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      safeInput: PothosSafeInputPlugin<Types>;
    }
  }
}

export default pluginName;
