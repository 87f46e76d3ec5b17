// What a connection could not ingest (a malformed payload, a message that failed to store), for
// admins to read and replay. Others get an empty list from the API.
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../../gql/gql.ts';
import type { DeadLetterFieldsFragment } from '../../../../gql/graphql.ts';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { connectionOutcome } from './connection-outcome.ts';

export const DEAD_LETTERS_PAGE_SIZE = 20;

export const ConnectionDeadLettersDocument = graphql(`
  query ConnectionDeadLetters($id: ID!, $first: Int) {
    connection(id: $id) {
      id
      deadLetters(first: $first) {
        edges {
          node {
            ...DeadLetterFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export function useConnectionDeadLetters(connectionId: string) {
  return useQuery(ConnectionDeadLettersDocument, {
    variables: { id: connectionId, first: DEAD_LETTERS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
}

export const ReplayDeadLetterDocument = graphql(`
  mutation ReplayDeadLetter($input: ReplayDeadLetterInput!) {
    replayDeadLetter(input: $input) {
      __typename
      ... on ReplayDeadLetterSuccess {
        deadLetter {
          ...DeadLetterFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useReplayDeadLetter() {
  const [mutate, state] = useMutation(ReplayDeadLetterDocument);
  async function replayDeadLetter(id: string): Promise<MutationOutcome<DeadLetterFieldsFragment>> {
    try {
      const { data } = await mutate({ variables: { input: { id } } });
      return connectionOutcome(data?.replayDeadLetter, (r) =>
        r.__typename === 'ReplayDeadLetterSuccess' ? r.deadLetter : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { replayDeadLetter, replaying: state.loading };
}
