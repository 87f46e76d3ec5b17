// What publishing a draft requires, checked as the draft is edited so the editor sees what is
// left to fix. The API runs the same checks when asked to publish and has the last word.

export interface CheckStep {
  id: string;
  name: string;
  isInitial: boolean;
  isFinal: boolean;
}

export interface CheckTransition {
  fromStepId: string;
  toStepId: string;
}

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
  const initial = steps.filter((step) => step.isInitial);
  const finals = steps.filter((step) => step.isFinal);
  const next = new Map<string, string[]>(steps.map((step) => [step.id, []]));
  for (const t of transitions) next.get(t.fromStepId)?.push(t.toStepId);

  const checks: PublishCheck[] = [];
  checks.push(
    initial.length === 1
      ? { label: 'Exactly one initial step', passed: true }
      : {
          label: 'Exactly one initial step',
          passed: false,
          problem:
            initial.length === 0
              ? 'No step is the initial one, so nothing could start in this workflow.'
              : `${initial.length} steps are initial (${names(initial)}); only one may be.`,
        },
  );
  checks.push(
    finals.length > 0
      ? { label: 'At least one final step', passed: true }
      : {
          label: 'At least one final step',
          passed: false,
          problem: 'No step is final, so nothing could ever finish this workflow.',
        },
  );
  const leaky = finals.filter((step) => (next.get(step.id) ?? []).length > 0);
  checks.push(
    leaky.length === 0
      ? { label: 'No moves out of a final step', passed: true }
      : {
          label: 'No moves out of a final step',
          passed: false,
          problem: `Remove the moves out of ${names(leaky)}: a final step ends the workflow.`,
        },
  );

  if (initial.length !== 1) {
    checks.push({
      label: 'Every step reachable from the initial step',
      passed: false,
      problem: 'Needs exactly one initial step to start from.',
    });
  } else {
    const reached = new Set([initial[0]!.id]);
    const queue = [initial[0]!.id];
    while (queue.length > 0) {
      for (const to of next.get(queue.shift()!) ?? []) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    const unreachable = steps.filter((step) => !reached.has(step.id));
    checks.push(
      unreachable.length === 0
        ? { label: 'Every step reachable from the initial step', passed: true }
        : {
            label: 'Every step reachable from the initial step',
            passed: false,
            problem: `No path of moves from ${initial[0]!.name} leads to ${names(unreachable)}.`,
          },
    );
  }
  return checks;
}

function names(steps: readonly CheckStep[]): string {
  const list = steps.map((step) => step.name);
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}
