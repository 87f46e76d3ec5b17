// Answering a tip: done, snoozed until a time, or dismissed with a reason.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { TipReaction } from '../../../gql/graphql.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { type AnswerFailure, describeAnswerFailure } from '../answer-errors.ts';

export const GiveTipFeedbackDocument = graphql(`
  mutation GiveTipFeedback($input: GiveTipFeedbackInput!) {
    giveTipFeedback(input: $input) {
      __typename
      ... on GiveTipFeedbackSuccess {
        tip {
          id
          status
          snoozedUntil
          decidedAt
        }
      }
      ... on AlreadyDecidedError {
        tipId
        status
      }
      ...ApiErrorFields
    }
  }
`);

export interface TipAnswerInput {
  tipId: string;
  reaction: TipReaction;
  snoozeUntil?: string;
  reason?: string;
}

export type TipAnswerOutcome = { ok: true } | ({ ok: false } & AnswerFailure);

export function useGiveTipFeedback() {
  const [mutate, state] = useMutation(GiveTipFeedbackDocument);
  async function answerTip(input: TipAnswerInput): Promise<TipAnswerOutcome> {
    try {
      const { data } = await mutate({ variables: { input } });
      const result = data?.giveTipFeedback;
      if (result?.__typename === 'GiveTipFeedbackSuccess') return { ok: true };
      return { ok: false, ...describeAnswerFailure(result) };
    } catch (error) {
      return { ok: false, kind: 'request', message: describeRequestError(error), fieldErrors: {} };
    }
  }
  return { answerTip, answering: state.loading };
}
