// Where a deal or lead stands in its workflow, as its page and StageSection show it: the step
// (with its status), how long it has been there, and the workflow. Documents spread
// `...StageFields` into `stage { }`.
import { graphql } from '../../gql/gql.ts';

export const StageFieldsFragment = graphql(`
  fragment StageFields on WorkflowPosition {
    daysInStep
    step {
      id
      name
      isFinal
      status {
        id
        category
        color
      }
    }
    workflow {
      id
      name
    }
  }
`);
