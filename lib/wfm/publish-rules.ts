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

/** What publishing depends on, found once for the API's refusal and the editor's checklist. */
export interface DraftAnalysis<S extends DraftStep> {
  initial: S[];
  finals: S[];
  /** Final steps with moves out of them. */
  leakyFinals: S[];
  /** Steps no path from the initial step reaches; null without exactly one initial step. */
  unreachable: S[] | null;
}

export function analyzeDraft<S extends DraftStep>(
  steps: readonly S[],
  transitions: readonly DraftTransition[],
): DraftAnalysis<S> {
  const initial = steps.filter((s) => s.isInitial);
  const finals = steps.filter((s) => s.isFinal);
  const next = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  for (const t of transitions) next.get(t.fromStepId)?.push(t.toStepId);
  const leakyFinals = finals.filter((step) => next.get(step.id)!.length > 0);
  if (initial.length !== 1) return { initial, finals, leakyFinals, unreachable: null };

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
  return { initial, finals, leakyFinals, unreachable: steps.filter((s) => !reached.has(s.id)) };
}

/** What is wrong with the draft, one sentence each; empty when it may be published. */
export function publishProblems(steps: DraftStep[], transitions: DraftTransition[]): string[] {
  if (steps.length === 0) return ['the workflow has no steps'];
  const { initial, finals, leakyFinals, unreachable } = analyzeDraft(steps, transitions);
  const problems: string[] = [];
  if (initial.length !== 1) {
    problems.push(`the workflow needs exactly one initial step, not ${initial.length}`);
  }
  if (finals.length === 0) problems.push('the workflow needs at least one final step');
  for (const step of leakyFinals) {
    problems.push(`final step ${step.name} has outgoing transitions`);
  }
  if (unreachable && unreachable.length > 0) {
    problems.push(
      `not reachable from the initial step: ${unreachable.map((s) => s.name).join(', ')}`,
    );
  }
  return problems;
}
