// A workspace's state goes to JSON after every update and back before every decision: the
// round trip must not change a single decision, and a state that does not fit must be refused
// loudly rather than scored as garbage. A state saved before kinds were added is grown to the
// current layout, keeping what it learned.
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

  it('refuses state saved for a larger layout than this build’s, naming the policy', () => {
    const json = throughJson(policy.toJSON(policy.initialState(ARMS, DIMS)));
    expect(() => policy.fromJSON(json, ARMS - 1, DIMS)).toThrow(policy.name);
    expect(() => policy.fromJSON(json, ARMS, DIMS - 1)).toThrow(/expected/);
  });

  describe('saved before a kind was added (one arm and one feature fewer)', () => {
    const OLD_ARMS = ARMS - 1;
    const OLD_DIMS = DIMS - 1;
    // Old observations, and the same rows as the new layout sees them: the appended feature 0.
    const rng = createRng(33);
    const observations = Array.from({ length: 300 }, () => {
      const candidate = randomCandidates(rng, 1, OLD_ARMS, OLD_DIMS);
      return {
        arm: candidate.arms[0]!,
        x: row(candidate, 0),
        reward: rng.next() < 0.3 ? 1 : 0,
      };
    });
    const padded = (x: Float64Array) => {
      const out = new Float64Array(DIMS);
      out.set(x);
      return out;
    };
    const oldState = policy.initialState(OLD_ARMS, OLD_DIMS);
    const newState = policy.initialState(ARMS, DIMS);
    for (const { arm, x, reward } of observations) {
      policy.update(oldState, arm, x, reward);
      policy.update(newState, arm, padded(x), reward);
    }
    const grow = () => policy.fromJSON(throughJson(policy.toJSON(oldState)), ARMS, DIMS);
    const numbers = (state: unknown) =>
      JSON.stringify(policy.toJSON(state as never))
        .match(/-?[\d.]+(e[-+]?\d+)?/g)!
        .map(Number);

    it('loads, holding what it would hold had it learned in the new layout all along', () => {
      const grown = numbers(grow());
      const expected = numbers(newState);
      expect(grown).toHaveLength(expected.length);
      grown.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 10));
    });

    it('keeps the old arms’ learned contributions and starts the new kind at the prior', () => {
      const grown = grow();
      const candidates = randomCandidates(createRng(8), 40, OLD_ARMS, OLD_DIMS);
      const inNewLayout = {
        ...candidates,
        dims: DIMS,
        features: Float64Array.from({ length: 40 * DIMS }, (_, k) =>
          k % DIMS === OLD_DIMS
            ? 0
            : candidates.features[Math.floor(k / DIMS) * OLD_DIMS + (k % DIMS)]!,
        ),
      };
      for (let i = 0; i < 40; i++)
        expect([...policy.contributions(grown, inNewLayout, i)]).toEqual([
          ...policy.contributions(oldState, candidates, i),
          0,
        ]);
      const fresh = throughJson(policy.toJSON(policy.initialState(ARMS, DIMS))) as {
        perArm?: unknown[];
      };
      const loaded = throughJson(policy.toJSON(grown)) as { perArm?: unknown[] };
      expect(loaded.perArm?.[ARMS - 1]).toEqual(fresh.perArm?.[ARMS - 1]);
    });

    it('decides among candidates of the new kind and learns from them', () => {
      const grown = grow();
      const candidates = randomCandidates(createRng(9), 12);
      for (let i = 0; i < 4; i++) candidates.arms[i] = ARMS - 1;
      const probabilities = policy.probabilities(grown, candidates, createRng(1));
      expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      policy.update(grown, ARMS - 1, row(candidates, 0), 1);
      expect(() => policy.probabilities(grown, candidates, createRng(2))).not.toThrow();
    });
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
  it('refuses a state whose arms disagree with its own shape, even one that could grow', () => {
    const policy = getPolicy('epsilon-greedy');
    const json = throughJson(policy.toJSON(policy.initialState(ARMS - 1, DIMS))) as {
      arms: number;
    };
    json.arms = ARMS - 2;
    expect(() => policy.fromJSON(json, ARMS, DIMS)).toThrow(/arms present/);
  });
});
