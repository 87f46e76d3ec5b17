// The recommender policies' CPU per decision: scores() and probabilities() for 50 candidates of
// the app's 20 features, on states trained by 500 updates of simulated feedback. Single calls
// take microseconds, below the clock's useful resolution, so each sample times a batch of calls
// (sized to about BATCH_MS) and divides; contenders are interleaved batch by batch.
import { KIND_COUNT } from '../lib/recommender/candidate-kinds.ts';
import { DIMS } from '../lib/recommender/context/feature-layout.ts';
import { createRng } from '../lib/recommender/policies/random.ts';
import { getPolicy } from '../lib/recommender/policies/registry.ts';
import { POLICY_NAMES, type CandidateMatrix } from '../lib/recommender/policies/types.ts';
import { createCrmWorld } from '../lib/recommender/simulation/crm-world.ts';
import { stats, type Stats } from './measure.ts';

const CANDIDATES = 50;
const TRAINING_UPDATES = 500;
const BATCH_MS = 0.2;
const WARMUP_CALLS = 200;

/** 50 candidates with the sparsity of real ones: rows gathered from simulated rounds. */
function benchCandidates(): CandidateMatrix {
  const world = createCrmWorld(42);
  const matrix: CandidateMatrix = {
    count: CANDIDATES,
    dims: DIMS,
    features: new Float64Array(CANDIDATES * DIMS),
    arms: new Uint8Array(CANDIDATES),
    priorities: new Float64Array(CANDIDATES),
  };
  for (let filled = 0; filled < CANDIDATES;) {
    const { candidates } = world.nextRound();
    for (let i = 0; i < candidates.count && filled < CANDIDATES; i++, filled++) {
      matrix.features.set(candidates.features.subarray(i * DIMS, (i + 1) * DIMS), filled * DIMS);
      matrix.arms[filled] = candidates.arms[i]!;
      matrix.priorities[filled] = candidates.priorities[i]!;
    }
  }
  return matrix;
}

function trainedState(name: (typeof POLICY_NAMES)[number]): unknown {
  const policy = getPolicy(name);
  const state = policy.initialState(KIND_COUNT, DIMS);
  const world = createCrmWorld(7);
  const rng = createRng(7);
  for (let n = 0; n < TRAINING_UPDATES; n++) {
    const { candidates, acceptance } = world.nextRound();
    const chosen = rng.int(candidates.count);
    const features = candidates.features.slice(chosen * DIMS, (chosen + 1) * DIMS);
    policy.update(
      state,
      candidates.arms[chosen]!,
      features,
      rng.next() < acceptance[chosen]! ? 1 : 0,
    );
  }
  return state;
}

interface Contender {
  name: string;
  call: () => void;
  batch: number;
}

function timeBatch(contender: Contender): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < contender.batch; i++) contender.call();
  return Number(process.hrtime.bigint() - start) / 1e6 / contender.batch;
}

/** Per contender ("linucb scores", "linucb probabilities", ...): ms per call over `iterations` batches. */
export function benchPolicies(iterations: number): Map<string, Stats> {
  const candidates = benchCandidates();
  const out = new Float64Array(CANDIDATES);
  const contenders: Contender[] = POLICY_NAMES.flatMap((name) => {
    const policy = getPolicy(name);
    const state = trainedState(name);
    const rng = createRng(1);
    return [
      { name: `${name} scores`, call: () => policy.scores(state, candidates, rng, out), batch: 1 },
      {
        name: `${name} probabilities`,
        call: () => policy.probabilities(state, candidates, rng, out),
        batch: 1,
      },
    ];
  });
  for (const contender of contenders) {
    for (let i = 0; i < WARMUP_CALLS; i++) contender.call();
    const single = timeBatch({ ...contender, batch: WARMUP_CALLS });
    contender.batch = Math.max(1, Math.ceil(BATCH_MS / single));
  }
  const samples = new Map(contenders.map((c) => [c.name, [] as number[]]));
  for (let i = 0; i < iterations; i++)
    for (const contender of contenders) samples.get(contender.name)!.push(timeBatch(contender));
  return new Map([...samples].map(([name, values]) => [name, stats(values)]));
}
