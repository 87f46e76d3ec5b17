// One deal with what its page shows: its fields, custom fields, organization, people and stage.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const DealDetailDocument = graphql(`
  query DealDetail($id: ID!) {
    deal(id: $id) {
      id
      workspaceId
      name
      amount {
        amount
        currency
      }
      currency
      expectedCloseDate
      probability
      customFields
      createdAt
      ownerId
      assigneeId
      organization {
        id
        name
      }
      people {
        id
        name
      }
      stage {
        ...StageFields
      }
    }
  }
`);

export function useDealDetail(id: string) {
  return useQuery(DealDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
