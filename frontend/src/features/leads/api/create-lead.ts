// Creates a lead; it starts in the first step of the workspace's lead workflow.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { CreateLeadInput } from '../../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { LeadsListDocument } from './leads-list.ts';

const CreateLeadDocument = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      __typename
      ... on CreateLeadSuccess {
        lead {
          id
          name
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useCreateLead() {
  const [mutate] = useMutation(CreateLeadDocument, {
    refetchQueries: ({ data }) =>
      data?.createLead.__typename === 'CreateLeadSuccess' ? [LeadsListDocument] : [],
    awaitRefetchQueries: true,
  });
  return async function createLead(
    input: CreateLeadInput,
  ): Promise<MutationOutcome<{ id: string; name: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(data?.createLead, (r) =>
        r.__typename === 'CreateLeadSuccess' ? r.lead : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  };
}
