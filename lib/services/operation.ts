// A service operation declares its input once, as a zod schema. Transports use the schema:
// GraphQL derives its input type from it and hands `run` the parsed value (issue 15's MCP tools
// will take it as their input schema). Code inside the process calls the operation itself, which
// parses first, so defaults apply and bad input is a ValidationError either way.
import type { z } from 'zod';
import type { ServiceContext } from '../db/service-context.ts';
import { parseInput } from '../errors/app-errors.ts';

export interface ServiceOperation<S extends z.ZodType, T> {
  (ctx: ServiceContext, input: z.input<S>): Promise<T>;
  readonly input: S;
  /** The operation on an already parsed input. */
  readonly run: (ctx: ServiceContext, input: z.output<S>) => Promise<T>;
}

export function defineOperation<S extends z.ZodType, T>(
  input: S,
  run: (ctx: ServiceContext, input: z.output<S>) => Promise<T>,
): ServiceOperation<S, T> {
  // async: bad input rejects the returned promise, as every other failure does, and never throws
  // before the caller holds a promise (`operation(ctx, raw).catch(…)` sees it).
  const call = async (ctx: ServiceContext, raw: z.input<S>) => run(ctx, parseInput(input, raw));
  return Object.assign(call, { input, run });
}
