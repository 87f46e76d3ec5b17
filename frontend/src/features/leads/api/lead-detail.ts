// One lead with what its page shows: its fields, custom fields, stage, and what it became.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const LeadDetailDocument = graphql(`
  query LeadDetail($id: ID!) {
    lead(id: $id) {
      id
      workspaceId
      name
      email
      company
      source
      score
      customFields
      createdAt
      lastContactedAt
      converted
      convertedAt
      convertedDeal {
        id
        name
      }
      convertedPerson {
        id
        name
      }
      convertedOrganization {
        id
        name
      }
      stage {
        ...StageFields
      }
    }
  }
`);

export function useLeadDetail(id: string) {
  return useQuery(LeadDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
