// The workflow engine's benchmarks: `moveDealToStep` and `pipeline(workflowId)` through yoga.fetch,
// each against its RLS transaction floor (the same service calls, hence the same statements,
// inside db.asUser, without GraphQL).
import { createDeal, loadDeals, moveDealToStep } from '../lib/crm/deals/service.ts';
import { pipeline, topDealIdsByStep } from '../lib/crm/pipeline/service.ts';
import type { Db, UserClaims } from '../lib/db/port.ts';
import { loadSteps } from '../lib/wfm/definitions.ts';
import { createWorkspace } from '../lib/workspaces/service.ts';
import { benchUser } from './bench-user.ts';
import { compare, ms, type Stats } from './measure.ts';

export interface ScenarioResult {
  stats: Map<string, Stats>;
  /** Statements one GraphQL request sends, and the floor's run of the same work. */
  statements: { graphql: number; floor: number };
}

async function salesWorkflow(db: Db, claims: UserClaims, workspaceId: string) {
  return db.asUser(claims, async (tx) => {
    const [workflow] = await tx.query<{ id: string }>(
      "select id from wfm.workflows where workspace_id = $1 and entity_type = 'deal'",
      [workspaceId],
    );
    const steps = await tx.query<{ key: string; id: string }>(
      `select s.key, s.id from wfm.workflow_steps s
         join wfm.workflow_versions v on v.id = s.version_id
        where v.workflow_id = $1 and v.state = 'active' order by s.position`,
      [workflow!.id],
    );
    return { workflowId: workflow!.id, steps };
  });
}

async function statementsOf(db: Db, run: () => Promise<unknown>): Promise<number> {
  const before = db.stats.statements;
  await run();
  return db.stats.statements - before;
}

/** One deal per contender, moved back and forth between Qualification and Initial contact. */
export async function benchMoveDeal(db: Db, iterations: number): Promise<ScenarioResult> {
  const { userId, claims, graphql } = await benchUser(db);
  const workspaceId = await db.asUser(
    claims,
    async (tx) => (await createWorkspace({ tx, userId }, { name: 'Bench moves' })).id,
  );
  const { steps } = await salesWorkflow(db, claims, workspaceId);
  const between = [
    steps.find((s) => s.key === 'initial_contact')!.id,
    steps.find((s) => s.key === 'qualification')!.id,
  ];
  const [viaGraphql, viaFloor] = await db.asUser(claims, async (tx) => [
    (await createDeal({ tx, userId }, { workspaceId, name: 'Moved by GraphQL', amount: '1000' }))
      .id,
    (await createDeal({ tx, userId }, { workspaceId, name: 'Moved by the floor', amount: '1000' }))
      .id,
  ]);

  const MOVE = `mutation($input: MoveDealToStepInput!) { moveDealToStep(input: $input) {
    __typename ... on MoveDealToStepSuccess { deal { id probability } } ... on Error { code message } } }`;
  const toggler = (run: (toStepId: string) => Promise<unknown>) => {
    let n = 0;
    return () => run(between[n++ % 2]!);
  };
  const moveGraphql = toggler(async (toStepId) => {
    const data = (await graphql(MOVE, { input: { dealId: viaGraphql, toStepId } })()) as {
      moveDealToStep: { __typename: string; message?: string };
    };
    if (data.moveDealToStep.__typename !== 'MoveDealToStepSuccess') {
      throw new Error(data.moveDealToStep.message);
    }
  });
  const moveFloor = toggler((toStepId) =>
    db.asUser(claims, (tx) => moveDealToStep({ tx, userId }, { dealId: viaFloor, toStepId })),
  );

  const statements = {
    graphql: await statementsOf(db, moveGraphql),
    floor: await statementsOf(db, moveFloor),
  };
  const stats = await compare(
    [
      { name: 'RLS transaction floor', run: moveFloor },
      { name: 'moveDealToStep via yoga.fetch', run: moveGraphql },
    ],
    iterations,
  );
  return { stats, statements };
}

/** A sales pipeline of `dealCount` deals spread over its seven steps. */
export async function benchPipeline(
  db: Db,
  iterations: number,
  dealCount: number,
): Promise<ScenarioResult> {
  const { userId, claims, graphql } = await benchUser(db);
  const workspaceId = await db.asUser(claims, async (tx) => {
    const ctx = { tx, userId };
    const ws = await createWorkspace(ctx, { name: `Bench pipeline ${dealCount}` });
    for (let i = 0; i < dealCount; i++) {
      await createDeal(ctx, {
        workspaceId: ws.id,
        name: `Deal ${String(i).padStart(3, '0')}`,
        amount: String(1000 + ((i * 7919) % 50_000)),
      });
    }
    return ws.id;
  });
  const { workflowId } = await salesWorkflow(db, claims, workspaceId);
  // Spread the deals over the steps, some of them overdue, as moves would have left them.
  await db.asService((tx) =>
    tx.query(
      `with placed as (
         select p.id, s.id as step_id, s.default_probability,
                now() - (row_number() over (order by p.entity_id) % 30) * interval '1 day' as entered
           from (select id, entity_id, row_number() over (order by entity_id) % 7 as slot
                   from wfm.projects where workflow_id = $1) p
           join wfm.workflow_steps s on s.version_id = (select id from wfm.workflow_versions
                                                         where workflow_id = $1 and state = 'active')
                                    and s.position = p.slot
       ), moved as (
         update wfm.projects p set current_step_id = placed.step_id, entered_step_at = placed.entered
           from placed where p.id = placed.id
         returning p.entity_id, placed.default_probability
       )
       update crm.deals d set probability = moved.default_probability
         from moved where d.id = moved.entity_id`,
      [workflowId],
    ),
  );

  // Statistics as autovacuum would have them on a server after such a load; PGlite has no
  // autovacuum, and with no statistics the planner joins these tables with a nested loop per deal.
  await db.asOwner((tx) => tx.exec('analyze'));

  const PIPELINE = `query($id: ID!) { pipeline(workflowId: $id) { steps {
    step { id key name } count totals { amount currency } weightedTotals { amount currency }
    staleCount
    deals(first: 50) { id name amount { amount currency } probability } } } }`;
  const viaGraphql = graphql(PIPELINE, { id: workflowId });
  // What the resolvers run: the aggregate, the top deals per step, those deals and the steps,
  // each by id in one batch.
  const floor = () =>
    db.asUser(claims, async (tx) => {
      const ctx = { tx, userId };
      const board = await pipeline(ctx, workflowId);
      const top = await topDealIdsByStep(ctx, workflowId, 50);
      const [deals, steps] = await Promise.all([
        loadDeals(ctx, [...top.values()].flat()),
        loadSteps(
          ctx,
          board!.steps.map((s) => s.stepId),
        ),
      ]);
      return { board, deals, steps };
    });

  const statements = {
    graphql: await statementsOf(db, viaGraphql),
    floor: await statementsOf(db, floor),
  };
  const stats = await compare(
    [
      { name: 'RLS transaction floor', run: floor },
      { name: `pipeline (${dealCount} deals) via yoga.fetch`, run: viaGraphql },
    ],
    iterations,
  );
  return { stats, statements };
}

/** Runs the workflow scenarios on one database and prints them as markdown. */
export async function reportWorkflowBenchmarks(db: Db, legName: string, iterations: number) {
  const scenarios: [string, () => Promise<ScenarioResult>][] = [
    ['moveDealToStep', () => benchMoveDeal(db, iterations)],
    ['pipeline(workflowId), 50 deals', () => benchPipeline(db, iterations, 50)],
    ['pipeline(workflowId), 200 deals', () => benchPipeline(db, iterations, 200)],
  ];
  for (const [title, run] of scenarios) {
    const { stats, statements } = await run();
    const floor = stats.get('RLS transaction floor')!;
    console.log(`## ${title} on ${legName}\n`);
    console.log('| contender | p50 | p95 | p50 / RLS floor |');
    console.log('|---|---|---|---|');
    for (const [name, s] of stats) {
      console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${(s.p50 / floor.p50).toFixed(2)}× |`);
    }
    console.log(
      `\nStatements per request: GraphQL ${statements.graphql}, floor ${statements.floor}.\n`,
    );
  }
}
