// Pages of a Relay connection, one at a time: "Next" asks for the page after the last row shown
// (`first`/`after`), "Previous" for the one before the first (`last`/`before`); the first page is
// always asked for afresh. A new search (`resetKey`) starts over at page 1.
import { useState } from 'react';

export interface PageInfoLike {
  hasNextPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

type Cursor = { after: string } | { before: string } | null;

export function useCursorPages(pageSize: number, resetKey: string) {
  const [state, setState] = useState<{ key: string; cursor: Cursor; page: number }>({
    key: resetKey,
    cursor: null,
    page: 1,
  });
  // Reset during render when the search changes, so no request goes out for the old page.
  const current = state.key === resetKey ? state : { key: resetKey, cursor: null, page: 1 };
  if (current !== state) setState(current);

  const variables =
    current.cursor && 'before' in current.cursor
      ? { last: pageSize, before: current.cursor.before }
      : { first: pageSize, after: current.cursor?.after };

  return {
    variables,
    page: current.page,
    hasPrevious: current.page > 1,
    /** Going back from a later page, there is always a next one. */
    hasNext: (pageInfo: PageInfoLike | undefined) =>
      Boolean(current.cursor && 'before' in current.cursor) || Boolean(pageInfo?.hasNextPage),
    next(pageInfo: PageInfoLike | undefined) {
      if (!pageInfo?.endCursor) return;
      setState({ key: resetKey, cursor: { after: pageInfo.endCursor }, page: current.page + 1 });
    },
    previous(pageInfo: PageInfoLike | undefined) {
      if (current.page <= 2 || !pageInfo?.startCursor) {
        setState({ key: resetKey, cursor: null, page: 1 });
        return;
      }
      setState({ key: resetKey, cursor: { before: pageInfo.startCursor }, page: current.page - 1 });
    },
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;
