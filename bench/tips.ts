// The tip decision, Waymark's hot path, side by side with its floors:
// - the whole decision (candidates, features, policies, tip row) in one RLS transaction versus
//   the same three statements sent raw in one RLS transaction, plus the CPU spent outside the
//   database (features and scoring) and the round trips;
// - requestNextTip with a tip open through GraphQL versus the RLS transaction of the statement it
//   runs first;
// - signal to tip through the embedded executor (tip/requested to a persisted, delivered tip).
// Decisions are rolled back so every round decides from the same candidates.
import { createActivity } from '../lib/crm/activities/service.ts';
import { createDeal } from '../lib/crm/deals/service.ts';
import type { Db, Tx, UserClaims } from '../lib/db/port.ts';
import {
  fetchCandidates,
  FETCH_CANDIDATES_SQL,
} from '../lib/recommender/candidates/fetch-candidates.ts';
import { assembleContext } from '../lib/recommender/context/assemble-context.ts';
import { choose } from '../lib/recommender/decision/choose.ts';
import { decideTip } from '../lib/recommender/decision/decide-tip.ts';
import { loadPolicies } from '../lib/recommender/decision/policy-states.ts';
import { createRng } from '../lib/recommender/policies/random.ts';
import { selectNewestOpenTip } from '../lib/recommender/tips/sql.ts';
import { createWorkspace } from '../lib/workspaces/service.ts';
import { startTestAutomation } from '../test/helpers/automation.ts';
import { benchUser } from './bench-user.ts';
import { compare, type Stats, stats } from './measure.ts';

class Rollback extends Error {}

async function rolledBack(db: Db, claims: UserClaims, fn: (tx: Tx) => Promise<unknown>) {
  try {
    await db.asUser(claims, async (tx) => {
      await fn(tx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

/** A salesperson with a week's work: 30 open deals (some stale), 10 tasks (some late). */
async function busyUser(db: Db) {
  const { userId, claims, graphql } = await benchUser(db);
  const workspaceId = await db.asUser(claims, async (tx) => {
    const ctx = { tx, userId };
    const ws = await createWorkspace(ctx, { name: 'Tips bench' });
    for (let i = 0; i < 30; i++) {
      await createDeal(ctx, {
        workspaceId: ws.id,
        name: `Deal ${i}`,
        amount: String(1000 * (i + 1)),
        assigneeId: userId,
        expectedCloseDate: new Date(Date.now() + (i % 20) * 86_400_000).toISOString().slice(0, 10),
      });
    }
    for (let i = 0; i < 10; i++) {
      await createActivity(ctx, {
        workspaceId: ws.id,
        kind: 'task',
        title: `Task ${i}`,
        dueAt: new Date(Date.now() + (i - 5) * 86_400_000).toISOString(),
      });
    }
    return ws.id;
  });
  await db.asService((tx) =>
    tx.query(
      `update wfm.projects set entered_step_at = now() - interval '40 days'
        where workspace_id = $1 and entity_type = 'deal' and random() < 0.3`,
      [workspaceId],
    ),
  );
  return { userId, claims, workspaceId, graphql };
}

export interface TipBenchResult {
  decision: Map<string, Stats>;
  cpu: Stats;
  candidates: number;
  statementsPerDecision: number;
  nextTip: Map<string, Stats>;
  statementsPerNextTip: number;
  signalToTip: Stats;
}

export async function benchTips(db: Db, iterations: number): Promise<TipBenchResult> {
  const { userId, claims, workspaceId, graphql: request } = await busyUser(db);
  const now = new Date();

  // What the decision sends, with its parameters, to replay as the floor.
  const insertSql = `insert into recommender.tips (workspace_id, user_id, candidate_key, kind, title, policy, propensity, context, shadows, explanation)
     values ($1, $2, 'floor', 'advice', 'Floor', 'rules', 1, $3::jsonb, '[]', '{}') returning id`;
  const decisionFloor = (tx: Tx) =>
    Promise.all([
      tx.query(FETCH_CANDIDATES_SQL, [workspaceId, userId, now.toISOString()]),
      tx.query(
        `select name, role, version, state from recommender.policies where workspace_id = $1`,
        [workspaceId],
      ),
    ]).then(() => tx.query(insertSql, [workspaceId, userId, JSON.stringify({ chosen: 0 })]));

  const before = db.stats.statements;
  await rolledBack(db, claims, (tx) => decideTip(tx, workspaceId, userId, { now }));
  // begin, RLS context, candidates, policies, insert, rollback
  const statementsPerDecision = db.stats.statements - before;

  const decision = await compare(
    [
      {
        name: 'RLS floor: the same 3 statements',
        run: () => rolledBack(db, claims, decisionFloor),
      },
      {
        name: 'decideTip (all policies scored)',
        run: () => rolledBack(db, claims, (tx) => decideTip(tx, workspaceId, userId, { now })),
      },
    ],
    iterations,
    50,
  );

  // CPU outside the database: features and every policy's scoring, on fetched candidates.
  const { fetched, policies } = await db.asUser(claims, async (tx) => ({
    fetched: await fetchCandidates(tx, workspaceId, userId, now),
    policies: await loadPolicies(tx, workspaceId),
  }));
  const cpuSamples: number[] = [];
  for (let i = 0; i < iterations + 200; i++) {
    const start = process.hrtime.bigint();
    const matrix = assembleContext(fetched.user, fetched.candidates, now);
    choose(policies, matrix, createRng(i));
    if (i >= 200) cpuSamples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }

  // requestNextTip when a tip is open: through GraphQL versus the statement in an RLS transaction.
  await db.asUser(claims, (tx) => decideTip(tx, workspaceId, userId));
  const nextTipRequest = request(
    `mutation($input: RequestNextTipInput!) {
      requestNextTip(input: $input) {
        ... on RequestNextTipSuccess { decision { tip { id kind title detail status propensity } } }
      }
    }`,
    { input: { workspaceId } },
  );
  const graphql = async () => {
    const data = (await nextTipRequest()) as { requestNextTip: { decision?: { tip: unknown } } };
    if (!data.requestNextTip.decision?.tip) throw new Error('requestNextTip found no open tip');
  };
  const beforeNext = db.stats.statements;
  await graphql();
  const statementsPerNextTip = db.stats.statements - beforeNext;
  const nextTip = await compare(
    [
      {
        name: 'RLS floor: newest open tip',
        run: () => db.asUser(claims, (tx) => selectNewestOpenTip(tx, workspaceId, userId)),
      },
      { name: 'requestNextTip via yoga.fetch', run: graphql },
    ],
    iterations,
  );

  // Signal to tip through the embedded executor, driven by drain() (no idle polling).
  const executor = await startTestAutomation(db);
  const latencies: number[] = [];
  const rounds = Math.max(20, Math.round(iterations / 20));
  for (let i = 0; i < rounds + 5; i++) {
    // Answer the open tips so each request decides a new one.
    await db.asService((tx) =>
      tx.query(
        `update recommender.tips set status = 'dismissed', decided_at = now() - interval '30 days'
          where user_id = $1 and status = 'open'`,
        [userId],
      ),
    );
    const start = process.hrtime.bigint();
    await executor.send([
      { name: 'tip/requested', data: { workspaceId, userId, reason: 'bench' } },
    ]);
    while ((await executor.drain()) > 0);
    if (i >= 5) latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await executor.stop();

  return {
    decision,
    cpu: stats(cpuSamples),
    candidates: fetched.candidates.length,
    statementsPerDecision,
    nextTip,
    statementsPerNextTip,
    signalToTip: stats(latencies),
  };
}
