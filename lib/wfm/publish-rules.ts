// Whether a draft may be published: a pure check of its steps and transitions, so every entity
// that starts in it can move and every path can end.

export interface DraftStep {
  id: string;
  name: string;
  isInitial: boolean;
  isFinal: boolean;
}

export interface DraftTransition {
  fromStepId: string;
  toStepId: string;
}

/** What is wrong with the draft, one sentence each; empty when it may be published. */
export function publishProblems(steps: DraftStep[], transitions: DraftTransition[]): string[] {
  if (steps.length === 0) return ['the workflow has no steps'];
  const problems: string[] = [];
  const initial = steps.filter((s) => s.isInitial);
  if (initial.length !== 1) {
    problems.push(`the workflow needs exactly one initial step, not ${initial.length}`);
  }
  const finals = steps.filter((s) => s.isFinal);
  if (finals.length === 0) problems.push('the workflow needs at least one final step');

  const next = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  for (const t of transitions) next.get(t.fromStepId)?.push(t.toStepId);
  for (const step of finals) {
    if (next.get(step.id)!.length > 0) {
      problems.push(`final step ${step.name} has outgoing transitions`);
    }
  }

  if (initial.length === 1) {
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
    const unreachable = steps.filter((s) => !reached.has(s.id)).map((s) => s.name);
    if (unreachable.length > 0) {
      problems.push(`not reachable from the initial step: ${unreachable.join(', ')}`);
    }
  }
  return problems;
}
