// Changes a draft's step: name, win probability, expected dwell, metadata (automation rules).
// The answer carries the page's step fields, so the cache updates the page.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import type { StepUpdate } from '../step-form.ts';

export const UpdateWorkflowStepDocument = graphql(`
  mutation UpdateWorkflowStep($input: UpdateWorkflowStepInput!) {
    updateWorkflowStep(input: $input) {
      __typename
      ... on UpdateWorkflowStepSuccess {
        step {
          ...WorkflowStepFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

const LABELS = {
  name: 'The name',
  defaultProbability: 'The win probability',
  expectedDwellDays: 'The expected dwell',
  metadata: 'The step’s metadata',
};

export function useUpdateWorkflowStep() {
  const [mutate, state] = useMutation(UpdateWorkflowStepDocument);
  async function updateStep(
    id: string,
    changes: StepUpdate,
  ): Promise<MutationOutcome<{ id: string; name: string }>> {
    try {
      const { data } = await mutate({ variables: { input: { id, ...changes } } });
      return outcomeOf(
        data?.updateWorkflowStep,
        (r) => (r.__typename === 'UpdateWorkflowStepSuccess' ? r.step : undefined),
        LABELS,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { updateStep, saving: state.loading };
}
