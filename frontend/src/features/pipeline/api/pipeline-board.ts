// The workspace's deal workflow, and its pipeline: one column per step with its deals, counts
// and values, plus which deals are stale (in their step longer than it expects).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

const DealWorkflowsDocument = graphql(`
  query DealWorkflows($workspaceId: ID!) {
    workflows(workspaceId: $workspaceId, entityType: DEAL) {
      id
      name
    }
  }
`);

export const PipelineBoardDocument = graphql(`
  query PipelineBoard($workflowId: ID!, $workspaceId: ID!) {
    pipeline(workflowId: $workflowId) {
      workflow {
        id
        name
      }
      steps {
        count
        staleCount
        totals {
          amount
          currency
        }
        weightedTotals {
          amount
          currency
        }
        step {
          id
          key
          name
          position
          isInitial
          isFinal
          defaultProbability
          expectedDwellDays
          status {
            id
            category
            color
          }
        }
        deals(first: 50) {
          id
          name
          amount {
            amount
            currency
          }
          probability
        }
      }
    }
    staleDeals(workspaceId: $workspaceId, first: 100) {
      deal {
        id
      }
      daysInStep
      expectedDwellDays
      overdueDays
    }
  }
`);

export function useDealWorkflows(workspaceId: string) {
  return useQuery(DealWorkflowsDocument, { variables: { workspaceId } });
}

export function usePipelineBoard(workspaceId: string, workflowId: string | undefined) {
  return useQuery(PipelineBoardDocument, {
    variables: { workspaceId, workflowId: workflowId ?? '' },
    skip: !workflowId,
    notifyOnNetworkStatusChange: false,
  });
}
