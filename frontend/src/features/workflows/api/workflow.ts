// One workflow with every version's steps (in order) and transitions (with their guards).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const WorkflowDocument = graphql(`
  query Workflow($id: ID!) {
    workflow(id: $id) {
      id
      name
      entityType
      projectTypeName
      versions {
        id
        version
        state
        publishedAt
        steps {
          ...WorkflowStepFields
        }
        transitions {
          id
          requiredFields
          allowedRoles
          fromStep {
            id
          }
          toStep {
            id
          }
        }
      }
    }
  }
`);

export function useWorkflow(id: string) {
  return useQuery(WorkflowDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
