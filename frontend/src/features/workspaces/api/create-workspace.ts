// Creates a workspace (the API seeds its default workflows); the user becomes its owner.
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { MyWorkspacesDocument } from './my-workspaces.ts';

export const CreateWorkspaceInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the workspace a name.')
    .max(200, 'Keep it under 200 characters.'),
});
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceInput>;

const CreateWorkspaceDocument = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      __typename
      ... on CreateWorkspaceSuccess {
        workspace {
          id
          name
          slug
          role
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useCreateWorkspace() {
  const [mutate, state] = useMutation(CreateWorkspaceDocument, {
    // Only a success changes what the other queries show.
    refetchQueries: ({ data }) =>
      data?.createWorkspace.__typename === 'CreateWorkspaceSuccess' ? [MyWorkspacesDocument] : [],
    awaitRefetchQueries: true,
  });
  async function createWorkspace(
    input: CreateWorkspaceInput,
  ): Promise<MutationOutcome<{ id: string; name: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(
        data?.createWorkspace,
        (r) => (r.__typename === 'CreateWorkspaceSuccess' ? r.workspace : undefined),
        { name: 'The name', slug: 'The address made from this name' },
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { createWorkspace, creating: state.loading };
}
