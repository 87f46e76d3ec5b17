// Converts a lead: its company becomes an organization, the lead a person there, and a deal with
// both starts in the sales pipeline; the lead moves to its workflow's won step. All or nothing.
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { graphql } from '../../../gql/gql.ts';
import type { ConvertLeadMutation } from '../../../gql/graphql.ts';
import { AmountText } from '../../../lib/amount-text.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';

/** What the form can tell before asking: the amount, when given, is a number in whole cents. */
export const ConvertLeadForm = z.object({
  dealName: z
    .string()
    .trim()
    .transform((text) => text || null),
  amount: AmountText,
});

export const ConvertLeadDocument = graphql(`
  mutation ConvertLead($input: ConvertLeadInput!) {
    convertLead(input: $input) {
      __typename
      ... on ConvertLeadSuccess {
        lead {
          id
          converted
          convertedAt
          convertedDeal {
            id
            name
          }
          convertedPerson {
            id
            name
          }
          convertedOrganization {
            id
            name
          }
          stage {
            ...StageFields
          }
        }
      }
      ... on AlreadyConvertedError {
        convertedDealId
      }
      ... on TransitionNotAllowedError {
        reason
        missingFields
      }
      ...ApiErrorFields
    }
  }
`);

export type ConvertLeadResult = ConvertLeadMutation['convertLead'];

/** The API's answer, or a request that failed as a whole (in words). */
export type ConvertOutcome = { answer: ConvertLeadResult } | { failed: string };

export function useConvertLead() {
  const [mutate, state] = useMutation(ConvertLeadDocument);
  async function convertLead(input: {
    leadId: string;
    dealName: string | null;
    /** A decimal string, e.g. "12000.50". */
    amount: string | null;
  }): Promise<ConvertOutcome> {
    try {
      const { data } = await mutate({ variables: { input } });
      return data
        ? { answer: data.convertLead }
        : { failed: 'The server sent no answer. Try again.' };
    } catch (error) {
      return { failed: describeRequestError(error) };
    }
  }
  return { convertLead, converting: state.loading };
}
