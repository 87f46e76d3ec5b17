// Moves a deal to another step of its workflow; the workflow may refuse (TransitionNotAllowed).
// One document for the pipeline board and the deal's page, which each say what the answer means.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/gql.ts';

const MoveDealToStepDocument = graphql(`
  mutation MoveDealToStep($input: MoveDealToStepInput!) {
    moveDealToStep(input: $input) {
      __typename
      ... on MoveDealToStepSuccess {
        deal {
          id
          probability
        }
      }
      ... on TransitionNotAllowedError {
        reason
        missingFields
      }
      ...ApiErrorFields
    }
  }
`);

export function useMoveDealToStep() {
  const [mutate] = useMutation(MoveDealToStepDocument);
  return mutate;
}
