// The baseline every learning policy must beat: trust the candidate generators' own priorities.
// It learns nothing, so it is also the safe live policy for a workspace with no feedback yet.
import { z } from 'zod';
import { argmaxShares } from './argmax-shares.ts';
import { checkCandidates, checkUpdate } from './check-inputs.ts';
import type { CandidateMatrix, Policy } from './types.ts';

/** Nothing is learned; the shape is kept only to refuse candidates of another layout. */
export interface RulesState {
  arms: number;
  dims: number;
}

const rulesJson = z.object({
  policy: z.literal('rules'),
  version: z.literal(1),
  arms: z.number().int().positive(),
  dims: z.number().int().positive(),
});

export const rulesPolicy: Policy<RulesState> = {
  name: 'rules',

  initialState: (arms, dims) => ({ arms, dims }),

  probabilities(state, candidates, _rng, out) {
    checkCandidates('rules', state, candidates, out);
    return argmaxShares(
      candidates.priorities,
      candidates.count,
      out ?? new Float64Array(candidates.count),
    );
  },

  scores(state, candidates, _rng, out) {
    checkCandidates('rules', state, candidates, out);
    const scores = out ?? new Float64Array(candidates.count);
    for (let i = 0; i < candidates.count; i++) scores[i] = candidates.priorities[i]!;
    return scores;
  },

  update(state, arm, features, reward) {
    checkUpdate('rules', state, arm, features, reward); // a bad call is still a bug upstream
  },

  /**
   * All zeros: the score is the generator's priority, which no feature weight of this policy
   * produced, so no feature can be credited with it. Explanations should cite the generator's
   * own reason instead.
   */
  contributions(state: RulesState, _candidates: CandidateMatrix, _index: number) {
    return new Float64Array(state.dims);
  },

  toJSON: (state) => ({ policy: 'rules', version: 1, arms: state.arms, dims: state.dims }),

  fromJSON(json, arms, dims) {
    const parsed = rulesJson.safeParse(json);
    if (!parsed.success)
      throw new Error(`rules policy state is malformed: ${z.prettifyError(parsed.error)}`);
    // Like the learners, a state saved before kinds were added grows to the current layout
    // (there is nothing learned to keep); a larger one is from another build and is refused.
    if (parsed.data.arms > arms || parsed.data.dims > dims)
      throw new Error(
        `rules policy state: saved for ${parsed.data.arms} arms × ${parsed.data.dims} features, ` +
          `expected ${arms} × ${dims} or fewer`,
      );
    return { arms, dims };
  },
};
