// Resolves a Relay connection over keyset pages whose rows carry their own cursor (see keyset.ts),
// with the same page limits as every other list.
import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import type { ServiceContext } from '../../db/service-context.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import type { GraphqlContext } from '../../graphql/context.ts';
import { serviceContext } from '../../graphql/context.ts';

const LIST_PAGE = { defaultSize: 20, maxSize: 100 };

export interface PageWindow {
  after?: string | undefined;
  before?: string | undefined;
  limit: number;
  inverted: boolean;
}

export function sortedConnection<T>(
  ctx: GraphqlContext,
  args: {
    first?: number | null;
    last?: number | null;
    after?: string | null;
    before?: string | null;
  },
  toCursor: (row: T) => string,
  loadPage: (scope: ServiceContext, page: PageWindow) => Promise<T[]>,
) {
  for (const size of ['first', 'last'] as const) {
    const value = args[size];
    if (value != null && (value < 0 || value > LIST_PAGE.maxSize)) {
      throw ValidationError.forField([size], `must be between 0 and ${LIST_PAGE.maxSize}`);
    }
  }
  return resolveCursorConnection(
    { args, toCursor, ...LIST_PAGE },
    ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
      loadPage(serviceContext(ctx), { after, before, limit, inverted }),
  );
}
