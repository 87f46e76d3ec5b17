// What a connection could not ingest (a malformed payload, a message that failed to store), for
// admins to read and replay. Others get an empty list from the API.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { connectionOutcome } from './connection-outcome.ts';
import type {
  ConnectionDeadLettersQuery,
  ConnectionDeadLettersQueryVariables,
  DeadLetter,
  ReplayDeadLetterMutation,
} from './connection-types.ts';

export const DEAD_LETTERS_PAGE_SIZE = 20;

export const ConnectionDeadLettersDocument: TypedDocumentNode<
  ConnectionDeadLettersQuery,
  ConnectionDeadLettersQueryVariables
> = gql`
  query ConnectionDeadLetters($id: ID!, $first: Int) {
    connection(id: $id) {
      id
      deadLetters(first: $first) {
        edges {
          node {
            id
            source
            externalId
            error
            createdAt
            replayedAt
            replayCount
            resolvedAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export function useConnectionDeadLetters(connectionId: string) {
  return useQuery(ConnectionDeadLettersDocument, {
    variables: { id: connectionId, first: DEAD_LETTERS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
}

export const ReplayDeadLetterDocument: TypedDocumentNode<
  ReplayDeadLetterMutation,
  { input: { id: string } }
> = gql`
  mutation ReplayDeadLetter($input: ReplayDeadLetterInput!) {
    replayDeadLetter(input: $input) {
      __typename
      ... on ReplayDeadLetterSuccess {
        deadLetter {
          id
          source
          externalId
          error
          createdAt
          replayedAt
          replayCount
          resolvedAt
        }
      }
      ... on Error {
        message
        code
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on NotFoundError {
        entity
      }
    }
  }
`;

export function useReplayDeadLetter() {
  const [mutate, state] = useMutation(ReplayDeadLetterDocument);
  async function replayDeadLetter(id: string): Promise<MutationOutcome<DeadLetter>> {
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
