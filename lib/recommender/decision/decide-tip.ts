// A whole decision in one transaction: what a request that finds no open tip runs (requestNextTip),
// and what the benchmarks time. The durable decide-tip function runs the same four parts as
// separate steps (inngest/functions/decide-tip.ts).
import { randomInt } from 'node:crypto';
import type { Tx } from '../../db/port.ts';
import { fetchCandidates } from '../candidates/fetch-candidates.ts';
import { assembleContext } from '../context/assemble-context.ts';
import { createRng } from '../policies/random.ts';
import type { Tip } from '../tips/sql.ts';
import { choose } from './choose.ts';
import { persistDecision } from './persist-decision.ts';
import { loadPolicies } from './policy-states.ts';

export interface DecideOptions {
  now?: Date;
  seed?: number;
  requestKey?: string | null;
}

export function newSeed(): number {
  return randomInt(2 ** 31);
}

/** Decides and records a tip for the user; null when no action is worth suggesting. */
export async function decideTip(
  tx: Tx,
  workspaceId: string,
  userId: string,
  options: DecideOptions = {},
): Promise<Tip | null> {
  const now = options.now ?? new Date();
  // Sent together: on Postgres both statements share one round trip.
  const [fetched, policies] = await Promise.all([
    fetchCandidates(tx, workspaceId, userId, now),
    loadPolicies(tx, workspaceId),
  ]);
  if (fetched.candidates.length === 0) return null;
  const matrix = assembleContext(fetched.user, fetched.candidates, now);
  const seed = options.seed ?? newSeed();
  const decision = choose(policies, matrix, createRng(seed));
  return persistDecision(tx, {
    workspaceId,
    userId,
    candidates: fetched.candidates,
    matrix,
    decision,
    seed,
    now,
    requestKey: options.requestKey ?? null,
  });
}
