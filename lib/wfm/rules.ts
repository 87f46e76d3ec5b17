// Whether a move is allowed: a pure function of the workflow's transition, the entity's fields
// and the caller's role, so the rules read (and are tested) as a table.
import { canEditRecords } from '../workspaces/roles.ts';
import { TransitionRefusal } from './errors.ts';

export interface StepInfo {
  id: string;
  name: string;
  versionId: string;
}

export interface TransitionInfo {
  requiredFields: string[];
  /** Empty: anyone who may edit the entity. */
  allowedRoles: string[];
}

export interface MoveCheck {
  current: StepInfo;
  target: StepInfo;
  /** The transition from current to target in the entity's version, if one exists. */
  transition: TransitionInfo | undefined;
  /** The entity's fields, by the names transitions require (e.g. amount). */
  fields: Record<string, unknown>;
  callerRole: string;
}

export type MoveVerdict =
  | { allowed: true }
  | { allowed: false; reason: TransitionRefusal; message: string; missingFields: string[] };

export function checkMove(check: MoveCheck): MoveVerdict {
  const { current, target, transition } = check;
  const refuse = (reason: TransitionRefusal, message: string, missingFields: string[] = []) =>
    ({ allowed: false, reason, message, missingFields }) as const;

  if (target.versionId !== current.versionId) {
    return refuse(
      TransitionRefusal.StepNotInWorkflow,
      `${target.name} is not a step of this workflow version`,
    );
  }
  if (target.id === current.id)
    return refuse(TransitionRefusal.SameStep, `Already in ${target.name}`);
  // Only roles that may edit records move them; a transition may narrow them further.
  if (!canEditRecords(check.callerRole)) {
    return refuse(TransitionRefusal.RoleNotAllowed, 'Viewers cannot move records');
  }
  if (!transition) {
    return refuse(
      TransitionRefusal.NoTransition,
      `The workflow does not allow moving from ${current.name} to ${target.name}`,
    );
  }
  if (transition.allowedRoles.length > 0 && !transition.allowedRoles.includes(check.callerRole)) {
    return refuse(
      TransitionRefusal.RoleNotAllowed,
      `Only ${transition.allowedRoles.join(' or ')} may move from ${current.name} to ${target.name}`,
    );
  }
  const missing = transition.requiredFields.filter((field) => isEmpty(check.fields[field]));
  if (missing.length > 0) {
    return refuse(
      TransitionRefusal.MissingFields,
      `Moving to ${target.name} requires ${missing.join(', ')}`,
      missing,
    );
  }
  return { allowed: true };
}

/** A required field is present when it holds something: not null, not blank, not an empty list. */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
