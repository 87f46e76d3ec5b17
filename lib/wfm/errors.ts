// The workflow engine's expected failure: a move the workflow does not allow, with why.
import { AppError, ErrorCode } from '../errors/app-errors.ts';

export const TransitionRefusal = {
  /** The entity's workflow version has no transition from its current step to that step. */
  NoTransition: 'NO_TRANSITION',
  /** The step belongs to another workflow or version. */
  StepNotInWorkflow: 'STEP_NOT_IN_WORKFLOW',
  /** It is already there. */
  SameStep: 'SAME_STEP',
  /** The transition requires fields the entity does not have. */
  MissingFields: 'MISSING_FIELDS',
  /** The transition is reserved to other roles. */
  RoleNotAllowed: 'ROLE_NOT_ALLOWED',
} as const;
export type TransitionRefusal = (typeof TransitionRefusal)[keyof typeof TransitionRefusal];

export class TransitionNotAllowedError extends AppError {
  override name = 'TransitionNotAllowedError';
  readonly code = ErrorCode.TransitionNotAllowed;
  constructor(
    readonly reason: TransitionRefusal,
    message: string,
    readonly missingFields: string[] = [],
  ) {
    super(message);
  }
}
