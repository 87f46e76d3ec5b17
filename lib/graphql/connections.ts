// Relay connections over keyset pages whose rows carry their own cursor, with one page limit for
// every list, and their names: `XConnection` and `XEdge`, with a totalCount where the list can
// count itself.
import type { ObjectFieldBuilder } from '@pothos/core';
import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import type { ServiceContext } from '../db/service-context.ts';
import { ValidationError } from '../errors/app-errors.ts';
import type { WaymarkTypes } from './builder.ts';
import { type GraphqlContext, serviceContext } from './context.ts';

export interface PageWindow {
  after?: string | undefined;
  before?: string | undefined;
  limit: number;
  inverted: boolean;
}

const LIST_PAGE = { defaultSize: 20, maxSize: 100 };

export interface PageArgs {
  first?: number | null | undefined;
  last?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
}

function checkPageSize(args: PageArgs) {
  for (const size of ['first', 'last'] as const) {
    const value = args[size];
    if (value != null && (value < 0 || value > LIST_PAGE.maxSize)) {
      throw ValidationError.forField([size], `must be between 0 and ${LIST_PAGE.maxSize}`);
    }
  }
}

/**
 * A Relay connection over keyset pages whose rows carry their cursor, with the same page limits
 * as every list; `totalCount` is counted only when asked for.
 */
export async function keysetConnection<T>(
  ctx: GraphqlContext,
  args: PageArgs,
  toCursor: (row: T) => string,
  loadPage: (scope: ServiceContext, page: PageWindow) => Promise<T[]>,
  count?: (scope: ServiceContext) => Promise<number>,
) {
  checkPageSize(args);
  const connection = await resolveCursorConnection(
    { args, toCursor, ...LIST_PAGE },
    ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
      loadPage(serviceContext(ctx), { after, before, limit, inverted }),
  );
  // Counted only when the field is asked for: a page does not pay for its total.
  return count ? { ...connection, totalCount: () => count(serviceContext(ctx)) } : connection;
}

/**
 * The connection and edge options that name a list's types `XConnection` and `XEdge`; a list
 * that can count itself (its resolver passes `count` above) gets a totalCount field.
 */
export function connectionNames(typeName: string, counted = true) {
  const connection = counted
    ? {
        name: `${typeName}Connection`,
        fields: (t: ObjectFieldBuilder<WaymarkTypes, object>) => ({
          totalCount: t.int({
            description: 'How many items the list has across all its pages.',
            resolve: (parent) => (parent as { totalCount: () => Promise<number> }).totalCount(),
          }),
        }),
      }
    : { name: `${typeName}Connection` };
  // Typed loosely: Pothos types these options by the node type, which callers fix.
  return [connection, { name: `${typeName}Edge` }] as unknown as [object, object];
}
