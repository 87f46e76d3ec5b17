// Which steps a deal may move to now, and why not for the others: fetched when its "Move to…"
// menu opens, so the menu can say which moves the workflow refuses before one is tried.
import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

const DealTransitionsDocument = graphql(`
  query DealTransitions($dealId: ID!) {
    availableTransitions(entityId: $dealId, entityType: DEAL) {
      allowed
      message
      reason
      missingFields
      step {
        id
      }
    }
  }
`);

export function useDealTransitions() {
  return useLazyQuery(DealTransitionsDocument, { fetchPolicy: 'network-only' });
}
