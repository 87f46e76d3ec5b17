// The steps a deal or lead may move to now, and why not for the others.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';

export const RecordTransitionsDocument = graphql(`
  query RecordTransitions($entityId: ID!, $entityType: EntityType!) {
    availableTransitions(entityId: $entityId, entityType: $entityType) {
      allowed
      message
      reason
      missingFields
      step {
        id
        name
        position
        isFinal
        status {
          id
          category
          color
        }
      }
    }
  }
`);

export function useRecordTransitions(
  entityType: 'DEAL' | 'LEAD',
  entityId: string,
  { skip = false } = {},
) {
  return useQuery(RecordTransitionsDocument, {
    variables: { entityId, entityType },
    fetchPolicy: 'cache-and-network',
    skip,
  });
}
