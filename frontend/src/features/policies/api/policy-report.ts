// The workspace's policy report: each policy's estimated mean reward per tip (IPS, SNIPS, DM,
// DR with 95% intervals) from the answered tips, which one is live, and how much evidence there is.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const PolicyReportDocument = graphql(`
  query PolicyReport($workspaceId: ID!) {
    policyReport(workspaceId: $workspaceId) {
      workspaceId
      livePolicy
      answeredTips
      observedReward
      policies {
        name
        live
        updates
        sampleSize
        effectiveSampleSize
        ips {
          estimate
          low
          high
        }
        snips {
          estimate
          low
          high
        }
        dm {
          estimate
          low
          high
        }
        dr {
          estimate
          low
          high
        }
      }
    }
  }
`);

export function usePolicyReport(workspaceId: string) {
  return useQuery(PolicyReportDocument, {
    variables: { workspaceId },
    // Answers on Today change it; a visit should show them.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
}
