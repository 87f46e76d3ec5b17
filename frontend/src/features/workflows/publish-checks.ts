// What publishing a draft requires, checked as the draft is edited so the editor sees what is
// left to fix. The rules are the API's own (lib/wfm/publish-rules.ts), which has the last word
// when asked to publish; here they are worded as a checklist.
import {
  analyzeDraft,
  type DraftStep,
  type DraftTransition,
} from '../../../../lib/wfm/publish-rules.ts';

export type CheckStep = DraftStep;
export type CheckTransition = DraftTransition;

export interface PublishCheck {
  label: string;
  passed: boolean;
  /** What is wrong, when it did not pass. */
  problem?: string;
}

export function publishChecks(
  steps: readonly CheckStep[],
  transitions: readonly CheckTransition[],
): PublishCheck[] {
  if (steps.length === 0) {
    return [{ label: 'Has steps', passed: false, problem: 'The draft has no steps.' }];
  }
  const { initial, finals, leakyFinals, unreachable } = analyzeDraft(steps, transitions);
  const check = (label: string, problem: string | null): PublishCheck =>
    problem === null ? { label, passed: true } : { label, passed: false, problem };
  return [
    check(
      'Exactly one initial step',
      initial.length === 1
        ? null
        : initial.length === 0
          ? 'No step is the initial one, so nothing could start in this workflow.'
          : `${initial.length} steps are initial (${names(initial)}); only one may be.`,
    ),
    check(
      'At least one final step',
      finals.length > 0 ? null : 'No step is final, so nothing could ever finish this workflow.',
    ),
    check(
      'No moves out of a final step',
      leakyFinals.length === 0
        ? null
        : `Remove the moves out of ${names(leakyFinals)}: a final step ends the workflow.`,
    ),
    check(
      'Every step reachable from the initial step',
      unreachable === null
        ? 'Needs exactly one initial step to start from.'
        : unreachable.length === 0
          ? null
          : `No path of moves from ${initial[0]!.name} leads to ${names(unreachable)}.`,
    ),
  ];
}

function names(steps: readonly CheckStep[]): string {
  const list = steps.map((step) => step.name);
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}
