// What the workflow page shows of a step; the step editor's answer selects the same, so an edit
// updates the page from the cache.
import { graphql } from '../../../gql/gql.ts';

export const WorkflowStepFieldsFragment = graphql(`
  fragment WorkflowStepFields on WorkflowStep {
    id
    key
    name
    position
    isInitial
    isFinal
    defaultProbability
    expectedDwellDays
    metadata
    status {
      id
      name
      category
      color
    }
  }
`);
