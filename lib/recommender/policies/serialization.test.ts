// A workspace's state goes to JSON after every update and back before every decision: the
// round trip must not change a single decision, and a state that does not fit must be refused
// loudly rather than scored as garbage.
import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';
import { getPolicy } from './registry.ts';
import { POLICY_NAMES } from './types.ts';
import { ARMS, DIMS, randomCandidates, row, trainedState } from './test-fixtures.ts';

const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe.each(POLICY_NAMES.map(getPolicy))('$name state as JSON', (policy) => {
  it('round-trips to identical decisions, before and after further learning', () => {
    const rng = createRng(21);
    const original = trainedState(policy, rng, 250);
    const restored = policy.fromJSON(throughJson(policy.toJSON(original)), ARMS, DIMS);
    const candidates = randomCandidates(rng, 30);
    const decide = (state: typeof original, seed: number) => ({
      probabilities: [...policy.probabilities(state, candidates, createRng(seed))],
      scores: [...policy.scores(state, candidates, createRng(seed))],
    });
    expect(decide(restored, 4)).toEqual(decide(original, 4));

    for (let n = 0; n < 25; n++) {
      const reward = n % 3 === 0 ? 1 : 0;
      const arm = candidates.arms[n]!;
      policy.update(original, arm, row(candidates, n), reward);
      policy.update(restored, arm, row(candidates, n), reward);
    }
    expect(decide(restored, 5)).toEqual(decide(original, 5));
    expect(throughJson(policy.toJSON(restored))).toEqual(throughJson(policy.toJSON(original)));
  });

  it('refuses state saved for another shape, naming the policy', () => {
    const json = throughJson(policy.toJSON(policy.initialState(ARMS, DIMS)));
    expect(() => policy.fromJSON(json, ARMS + 1, DIMS)).toThrow(policy.name);
    expect(() => policy.fromJSON(json, ARMS, DIMS - 1)).toThrow(/expected/);
  });

  it('refuses malformed JSON and another policy’s state, naming the policy', () => {
    expect(() => policy.fromJSON({ nonsense: true }, ARMS, DIMS)).toThrow(
      new RegExp(`^${policy.name} policy state`),
    );
    for (const other of POLICY_NAMES.map(getPolicy).filter((p) => p !== policy)) {
      const foreign = throughJson(other.toJSON(other.initialState(ARMS, DIMS)));
      expect(() => policy.fromJSON(foreign, ARMS, DIMS)).toThrow(policy.name);
    }
  });
});

describe('ridge state JSON', () => {
  it('refuses an arm whose arrays do not fit the features', () => {
    const policy = getPolicy('linucb');
    const json = throughJson(policy.toJSON(policy.initialState(ARMS, DIMS))) as {
      perArm: Array<{ b: number[] }>;
    };
    json.perArm[2]!.b.pop();
    expect(() => policy.fromJSON(json, ARMS, DIMS)).toThrow(/linucb policy state: arm 2/);
  });
});
