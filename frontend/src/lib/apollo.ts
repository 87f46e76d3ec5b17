// Apollo Client for the API: every request carries the current session's access token (read
// from supabase-js each time, so refreshed tokens are picked up), and an answer saying the
// session is no longer valid signs out locally, which sends the app back to sign-in.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import { ErrorLink } from '@apollo/client/link/error';
import type { SupabaseClient } from '@supabase/supabase-js';
import { possibleTypes } from '../gql/possible-types.ts';
import { isUnauthenticated } from './api-errors.ts';

export function createApolloClient(supabase: SupabaseClient, apiUrl: string): ApolloClient {
  const auth = new SetContextLink(async (previous) => {
    const { data } = await supabase.auth.getSession();
    const token = data.session?.access_token;
    return token
      ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } }
      : previous;
  });
  const signOutWhenRefused = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) void supabase.auth.signOut({ scope: 'local' });
  });
  return new ApolloClient({
    link: ApolloLink.from([signOutWhenRefused, auth, new HttpLink({ uri: `${apiUrl}/graphql` })]),
    cache: createCache(),
  });
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    // Mutation results are unions of a success type and typed errors.
    possibleTypes,
    typePolicies: {
      // Members and pipelines have no id of their own.
      WorkspaceMember: { keyFields: ['userId'] },
      Pipeline: { keyFields: false },
      Query: {
        fields: {
          // Lists that grow with "Show more" (tasks, the timeline): a page asked for `after` a
          // cursor is appended to the pages before it, one list per set of the other arguments.
          // Lists shown a page at a time (organizations, people, leads) keep one entry per page.
          activities: relayStylePagination(['workspaceId', 'filter', 'orderBy']),
          timeline: relayStylePagination(['entityType', 'entityId']),
        },
      },
    },
  });
}
