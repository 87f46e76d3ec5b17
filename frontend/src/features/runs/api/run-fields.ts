// What the runs list and a run's page both show of a run. One selection for both, so the cache
// holds the same trigger event whichever of them wrote it last.
import { graphql } from '../../../gql/gql.ts';

export const RunSummaryFieldsFragment = graphql(`
  fragment RunSummaryFields on AutomationRun {
    id
    functionId
    functionName
    status
    attempts
    createdAt
    startedAt
    endedAt
    durationMs
    replayOf
    triggerEvent {
      name
      ts
      data
    }
  }
`);

/**
 * A run's steps, output and error, for its page and the answers of cancel and replay. A step's
 * `id` is the SDK's hash of its name, the same in a replay as in the run replayed: it is read
 * under another name so the cache does not take two runs' steps for one.
 */
export const RunDetailFieldsFragment = graphql(`
  fragment RunDetailFields on AutomationRun {
    ...RunSummaryFields
    workspaceId
    output
    error {
      name
      message
      stack
    }
    steps {
      stepId: id
      name
      op
      status
      attempts
      startedAt
      endedAt
      durationMs
      output
      error {
        name
        message
        stack
      }
    }
  }
`);
