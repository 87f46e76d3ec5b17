// How the policies' default hyperparameters were chosen: a grid over each learner's exploration
// and regularization, scored by mean cumulative regret on TUNING_SEEDS. The regret test runs on
// other seeds, so the defaults are not fitted to the worlds that judge them.
// Run: npx tsx lib/recommender/simulation/sweep.ts [decisions]
import { createEpsilonGreedyPolicy } from '../policies/epsilon-greedy.ts';
import {
  createLinearThompsonPolicy,
  LINEAR_THOMPSON_DEFAULTS,
} from '../policies/linear-thompson.ts';
import { createLinUcbPolicy } from '../policies/linucb.ts';
import type { Policy } from '../policies/types.ts';
import { simulate } from './simulate.ts';

const TUNING_SEEDS = [101, 102, 103, 104, 105, 106, 107, 108, 109, 110];

const LAMBDAS = [0.3, 1, 3];

function meanRegret(policy: Policy<unknown>, decisions: number): number {
  let total = 0;
  for (const seed of TUNING_SEEDS) total += simulate({ policy, seed, decisions }).cumulativeRegret;
  return total / TUNING_SEEDS.length;
}

function sweep(
  label: string,
  configs: Array<{ name: string; policy: Policy<unknown> }>,
  decisions: number,
) {
  console.log(`\n## ${label}\n\n| config | mean regret |\n|---|---|`);
  const results = configs.map(({ name, policy }) => ({
    name,
    regret: meanRegret(policy, decisions),
  }));
  for (const { name, regret } of results) console.log(`| ${name} | ${regret.toFixed(1)} |`);
  const best = results.reduce((a, b) => (b.regret < a.regret ? b : a));
  console.log(`\nbest: ${best.name}`);
}

const decisions = Number(process.argv[2] ?? 3000);
console.log(`# Hyperparameter sweep: ${decisions} decisions × seeds ${TUNING_SEEDS.join(', ')}`);
sweep(
  'epsilon-greedy (ε = 0.1)',
  LAMBDAS.map((lambda) => ({
    name: `λ=${lambda}`,
    policy: createEpsilonGreedyPolicy({ epsilon: 0.1, lambda }),
  })),
  decisions,
);
sweep(
  'linucb',
  [0.2, 0.3, 0.5, 0.8, 1.2].flatMap((alpha) =>
    LAMBDAS.map((lambda) => ({
      name: `α=${alpha} λ=${lambda}`,
      policy: createLinUcbPolicy({ alpha, lambda }),
    })),
  ),
  decisions,
);
sweep(
  'linear-thompson',
  [0.05, 0.1, 0.15, 0.25].flatMap((v) =>
    LAMBDAS.map((lambda) => ({
      name: `v=${v} λ=${lambda}`,
      policy: createLinearThompsonPolicy({ ...LINEAR_THOMPSON_DEFAULTS, v, lambda }),
    })),
  ),
  decisions,
);
