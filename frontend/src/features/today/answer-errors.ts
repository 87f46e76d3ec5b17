// What went wrong answering a tip, in words, and next to what it concerns: a field of the snooze
// or dismiss form, or the tip itself (answered already, gone).
import { describeTypedError, fieldErrorsByName } from '../../lib/api-errors.ts';

export type AnswerFailureKind =
  'already-decided' | 'not-found' | 'invalid' | 'forbidden' | 'request' | 'no-answer';

export interface AnswerFailure {
  kind: AnswerFailureKind;
  message: string;
  /** By input field: `snoozeUntil`, `reason`. */
  fieldErrors: Record<string, string>;
}

type TipStatusName = 'OPEN' | 'DONE' | 'SNOOZED' | 'DISMISSED';

type AnswerResult =
  | { __typename: 'GiveTipFeedbackSuccess' }
  | { __typename: 'AlreadyDecidedError'; message: string; status: TipStatusName }
  | {
      __typename: 'ValidationError';
      message: string;
      fieldErrors: readonly { path: readonly string[]; message: string }[];
    }
  | { __typename: 'ForbiddenError'; message: string }
  | { __typename: 'NotFoundError'; message: string; entity: string };

const FIELD_LABELS = { snoozeUntil: 'The snooze time', reason: 'The reason' };

const ANSWERED_AS: Record<TipStatusName, string> = {
  DONE: 'it is already marked done',
  SNOOZED: 'it is already snoozed',
  DISMISSED: 'it was already dismissed',
  OPEN: 'it was answered somewhere else',
};

/** A typed error of `giveTipFeedback` (or no answer at all) in words. */
export function describeAnswerFailure(result: AnswerResult | null | undefined): AnswerFailure {
  if (!result) {
    return { kind: 'no-answer', message: 'The server sent no answer. Try again.', fieldErrors: {} };
  }
  switch (result.__typename) {
    case 'AlreadyDecidedError':
      return {
        kind: 'already-decided',
        message: `You answered this tip before: ${ANSWERED_AS[result.status]}.`,
        fieldErrors: {},
      };
    case 'NotFoundError':
      return {
        kind: 'not-found',
        message: 'This tip no longer exists, or it is not yours to answer.',
        fieldErrors: {},
      };
    case 'ValidationError':
    case 'ForbiddenError':
      return {
        kind: result.__typename === 'ValidationError' ? 'invalid' : 'forbidden',
        message: describeTypedError(result),
        fieldErrors: fieldErrorsByName(result, FIELD_LABELS),
      };
    case 'GiveTipFeedbackSuccess':
      break;
  }
  return { kind: 'no-answer', message: 'The server sent an unexpected answer.', fieldErrors: {} };
}

/** Whether the tip on screen is stale after this failure, so the next one should be loaded. */
export function tipIsGone(failure: AnswerFailure): boolean {
  return failure.kind === 'already-decided' || failure.kind === 'not-found';
}
