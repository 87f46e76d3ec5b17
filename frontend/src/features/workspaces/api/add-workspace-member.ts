// Adds someone who has signed up to a workspace, with a role (owners and admins only).
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { WorkspaceMembersDocument } from '../../../hooks/use-workspace-members.ts';

export const WORKSPACE_ROLES = ['VIEWER', 'MEMBER', 'ADMIN', 'OWNER'] as const;

export const AddWorkspaceMemberInput = z.object({
  workspaceId: z.string().min(1),
  email: z.email({ error: 'Enter an email address, like sam@example.com.' }),
  role: z.enum(WORKSPACE_ROLES),
});
export type AddWorkspaceMemberInput = z.infer<typeof AddWorkspaceMemberInput>;

const AddWorkspaceMemberDocument = graphql(`
  mutation AddWorkspaceMember($input: AddWorkspaceMemberInput!) {
    addWorkspaceMember(input: $input) {
      __typename
      ... on AddWorkspaceMemberSuccess {
        member {
          userId
          email
          role
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useAddWorkspaceMember() {
  const [mutate, state] = useMutation(AddWorkspaceMemberDocument, {
    // Only a success changes what the other queries show.
    refetchQueries: ({ data }) =>
      data?.addWorkspaceMember.__typename === 'AddWorkspaceMemberSuccess'
        ? [WorkspaceMembersDocument]
        : [],
    awaitRefetchQueries: true,
  });
  async function addMember(
    input: AddWorkspaceMemberInput,
  ): Promise<MutationOutcome<{ email: string; role: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      const outcome = outcomeOf(
        data?.addWorkspaceMember,
        (r) => (r.__typename === 'AddWorkspaceMemberSuccess' ? r.member : undefined),
        { email: 'The email', role: 'The role' },
      );
      return outcome.ok ? outcome : { ...outcome, message: explainRefusal(outcome) };
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { addMember, adding: state.loading };
}

/** The invite's own words for what the API refuses. */
function explainRefusal(outcome: Extract<MutationOutcome<unknown>, { ok: false }>): string {
  const error = outcome.error;
  if (error?.__typename === 'NotFoundError' && /email/i.test(error.entity)) {
    return 'No one has signed up with that email yet. Ask them to create an account first, then invite them.';
  }
  if (error?.__typename === 'ForbiddenError') {
    return 'Your role does not allow that invite: owners and admins add members, and only owners add owners.';
  }
  return outcome.message;
}
