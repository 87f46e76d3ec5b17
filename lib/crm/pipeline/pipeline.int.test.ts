// The pipeline of a sales workflow: counts and values per step, the deals that overstayed, and a
// deal's learned chances, each in a fixed number of statements however many deals there are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../../test/helpers/factories.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import type { Db } from '../../db/port.ts';
import {
  addWorkflowTransition,
  createWorkflowDraft,
  migrateEntities,
  publishWorkflow,
  removeWorkflowStep,
  updateWorkflowStep,
} from '../../wfm/editing.ts';
import { createDeal, deleteDeal, moveDealToStep } from '../deals/service.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
});
afterAll(() => db.close());

const PIPELINE = `query($id: ID!, $first: Int) { pipeline(workflowId: $id) {
  workflow { name }
  steps { step { key } count totals { amount currency } weightedTotals { amount currency }
    staleCount deals(first: $first) { name amount { amount currency } } }
} }`;
const STALE = `query($ws: ID!, $first: Int) { staleDeals(workspaceId: $ws, first: $first) {
  deal { name } step { key } daysInStep expectedDwellDays overdueDays } }`;
const PROBABILITY = `query($id: ID!) { dealProbability(dealId: $id) {
  deal { name } step { key } defaultProbability learnedProbability sampleSize
  expectedDwellDays learnedDwellDays dwellSampleSize } }`;

const PATHS: Record<string, string[]> = {
  qualification: [],
  initial_contact: ['initial_contact'],
  discovery: ['initial_contact', 'discovery'],
  proposal: ['initial_contact', 'discovery', 'proposal'],
  negotiation: ['initial_contact', 'discovery', 'proposal', 'negotiation'],
  closed_won: ['initial_contact', 'discovery', 'proposal', 'negotiation', 'closed_won'],
  closed_lost: ['closed_lost'],
};

async function salesWorkspace(name = 'Acme') {
  const ws = await createWorkspaceWithOwner(db, api, name);
  const member = await ws.addMember('MEMBER');
  const [workflow] = await db.asService((tx) =>
    tx.query<{ id: string }>(
      "select id from wfm.workflows where workspace_id = $1 and entity_type = 'deal'",
      [ws.workspaceId],
    ),
  );
  const workflowId = workflow!.id;

  /** A deal walked along allowed transitions to the step, by the member. */
  async function deal(
    dealName: string,
    amount: string | null,
    step: keyof typeof PATHS,
    currency = 'USD',
  ) {
    const steps = await activeSteps(workflowId);
    return db.asUser(member.claims, async (tx) => {
      const ctx = { tx, userId: member.id };
      const created = await createDeal(ctx, {
        workspaceId: ws.workspaceId,
        name: dealName,
        amount,
        currency,
      });
      for (const key of PATHS[step]!) {
        await moveDealToStep(ctx, { dealId: created.id, toStepId: steps[key]! });
      }
      return created.id;
    });
  }
  return { ...ws, member, workflowId, deal };
}

async function activeSteps(workflowId: string): Promise<Record<string, string>> {
  const rows = await db.asService((tx) =>
    tx.query<{ key: string; id: string }>(
      `select s.key, s.id from wfm.workflow_steps s join wfm.workflow_versions v on v.id = s.version_id
        where v.workflow_id = $1 and v.state = 'active'`,
      [workflowId],
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.key, r.id]));
}

/** As if the deal had entered its current step that many days ago. */
const inStepSince = (dealId: string, days: number) =>
  db.asService((tx) =>
    tx.query(
      `update wfm.projects set entered_step_at = now() - $2::float8 * interval '1 day' where entity_id = $1`,
      [dealId, days],
    ),
  );

type Column = {
  step: { key: string };
  count: number;
  totals: Money[];
  weightedTotals: Money[];
  staleCount: number;
  deals: { name: string; amount: Money | null }[];
};

type Money = { amount: string; currency: string };
const usd = (amount: string): Money[] => [{ amount, currency: 'USD' }];

describe('the pipeline', () => {
  let w: Awaited<ReturnType<typeof salesWorkspace>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    w = await salesWorkspace();
    ids.alpha = await w.deal('Alpha', '1000', 'qualification');
    ids.bravo = await w.deal('Bravo', '2000', 'qualification');
    ids.charlie = await w.deal('Charlie', null, 'qualification');
    ids.delta = await w.deal('Delta', '5000', 'proposal');
    ids.echo = await w.deal('Echo', '3000', 'negotiation');
    ids.foxtrot = await w.deal('Foxtrot', '4000', 'closed_won');
    ids.golf = await w.deal('Golf', '700', 'closed_lost');
    ids.hotel = await w.deal('Hotel', '9999', 'qualification');
    await db.asUser(w.member.claims, (tx) =>
      deleteDeal({ tx, userId: w.member.id }, { id: ids.hotel! }),
    );
    await inStepSince(ids.alpha!, 10); // qualification expects 7 days
    await inStepSince(ids.bravo!, 3);
    await inStepSince(ids.echo!, 20); // negotiation expects 14
    await inStepSince(ids.foxtrot!, 100); // won: never stale
  });

  it('counts the live deals of each step with their total and weighted amounts, in step order', async () => {
    const { pipeline } = await api.as(w.member, PIPELINE, { id: w.workflowId });
    expect(pipeline.workflow).toEqual({ name: 'Sales pipeline' });
    expect(
      (pipeline.steps as Column[]).map((c) => [
        c.step.key,
        c.count,
        c.totals,
        c.weightedTotals,
        c.staleCount,
      ]),
    ).toEqual([
      // Alpha 1000 + Bravo 2000 + Charlie (no amount) at 10%; Hotel is deleted.
      ['qualification', 3, usd('3000.00'), usd('300.00'), 1],
      ['initial_contact', 0, [], [], 0],
      ['discovery', 0, [], [], 0],
      ['proposal', 1, usd('5000.00'), usd('3000.00'), 0],
      ['negotiation', 1, usd('3000.00'), usd('2400.00'), 1],
      ['closed_won', 1, usd('4000.00'), usd('4000.00'), 0],
      ['closed_lost', 1, usd('700.00'), usd('0.00'), 0],
    ]);
  });

  it('totals each currency on its own, exact to the cent, never adding euros to dollars', async () => {
    const x = await salesWorkspace('Two currencies');
    await x.deal('Dollars', '1000.1', 'proposal');
    await x.deal('More dollars', '0.2', 'proposal');
    await x.deal('Euros', '250.55', 'proposal', 'EUR');
    const { pipeline } = await api.as(x.member, PIPELINE, { id: x.workflowId });
    const proposal = (pipeline.steps as Column[]).find((c) => c.step.key === 'proposal')!;
    expect(proposal.totals).toEqual([
      { amount: '250.55', currency: 'EUR' },
      { amount: '1000.30', currency: 'USD' },
    ]);
    // Proposal's probability is 60%; weighted sums are rounded to cents in SQL.
    expect(proposal.weightedTotals).toEqual([
      { amount: '150.33', currency: 'EUR' },
      { amount: '600.18', currency: 'USD' },
    ]);
  });

  it("lists each step's biggest deals first, as many as asked for", async () => {
    const all = await api.as(w.member, PIPELINE, { id: w.workflowId });
    expect((all.pipeline.steps as Column[])[0]!.deals).toEqual([
      { name: 'Bravo', amount: { amount: '2000.00', currency: 'USD' } },
      { name: 'Alpha', amount: { amount: '1000.00', currency: 'USD' } },
      { name: 'Charlie', amount: null },
    ]);
    const two = await api.as(w.member, PIPELINE, { id: w.workflowId, first: 2 });
    expect((two.pipeline.steps as Column[]).map((c) => c.deals.map((d) => d.name))).toEqual([
      ['Bravo', 'Alpha'],
      [],
      [],
      ['Delta'],
      ['Echo'],
      ['Foxtrot'],
      ['Golf'],
    ]);
    const tooMany = await api.raw(w.member, PIPELINE, { id: w.workflowId, first: 101 });
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'first: must be between 0 and 100',
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });

  it("is null for another workspace's workflow, and refused for a workflow of leads", async () => {
    const stranger = await createWorkspaceWithOwner(db, api, 'Elsewhere');
    const foreign = await api.as(stranger.owner, PIPELINE, { id: w.workflowId });
    expect(foreign.pipeline).toBeNull();
    const [leads] = await db.asService((tx) =>
      tx.query<{ id: string }>(
        "select id from wfm.workflows where workspace_id = $1 and entity_type = 'lead'",
        [w.workspaceId],
      ),
    );
    const refused = await api.raw(w.member, PIPELINE, { id: leads!.id });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'workflowId: is not a workflow of deals',
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });

  it('lists stale deals, the longest overdue first, with their time in step and expected dwell', async () => {
    const { staleDeals } = await api.as(w.member, STALE, { ws: w.workspaceId });
    expect(staleDeals.map((s: { deal: { name: string } }) => s.deal.name)).toEqual([
      'Echo',
      'Alpha',
    ]);
    const [echo, alpha] = staleDeals;
    expect(echo).toMatchObject({ step: { key: 'negotiation' }, expectedDwellDays: 14 });
    expect(echo.daysInStep).toBeCloseTo(20, 3);
    expect(echo.overdueDays).toBeCloseTo(6, 3);
    expect(alpha).toMatchObject({ step: { key: 'qualification' }, expectedDwellDays: 7 });
    expect(alpha.daysInStep).toBeCloseTo(10, 3);
    const first = await api.as(w.member, STALE, { ws: w.workspaceId, first: 1 });
    expect(first.staleDeals).toHaveLength(1);
  });

  it("gives a deal's configured and learned chances in its step", async () => {
    const { dealProbability } = await api.as(w.member, PROBABILITY, { id: ids.alpha });
    // Of the deals that entered qualification, Foxtrot (won) and Golf (lost) are closed:
    // (1 + 5·0.1) / (2 + 5). Four left qualification within the test's run: about
    // (0 + 3·7) / (4 + 3) days.
    expect(dealProbability).toMatchObject({
      deal: { name: 'Alpha' },
      step: { key: 'qualification' },
      defaultProbability: 0.1,
      sampleSize: 2,
      expectedDwellDays: 7,
      dwellSampleSize: 4,
    });
    expect(dealProbability.learnedProbability).toBeCloseTo(1.5 / 7, 10);
    expect(dealProbability.learnedDwellDays).toBeCloseTo(3, 3);
  });

  it('has no probability for a deleted deal or for a deal of another workspace', async () => {
    const deleted = await api.as(w.member, PROBABILITY, { id: ids.hotel });
    expect(deleted.dealProbability).toBeNull();
    const stranger = await createWorkspaceWithOwner(db, api, 'Elsewhere');
    const foreign = await api.as(stranger.owner, PROBABILITY, { id: ids.alpha });
    expect(foreign.dealProbability).toBeNull();
  });
});

describe('the pipeline across workflow versions', () => {
  /** Version 2 drops Initial contact (Qualification leads to Discovery) and gives Qualification 15%. */
  async function publishWithoutInitialContact(w: Awaited<ReturnType<typeof salesWorkspace>>) {
    return db.asUser(w.owner.claims, async (tx) => {
      const ctx = { tx, userId: w.owner.id };
      const draft = await createWorkflowDraft(ctx, { workflowId: w.workflowId });
      const steps = Object.fromEntries(
        (
          await tx.query<{ id: string; key: string }>(
            'select id, key from wfm.workflow_steps where version_id = $1',
            [draft.id],
          )
        ).map((s) => [s.key, s.id]),
      ) as Record<string, string>;
      await removeWorkflowStep(ctx, { id: steps.initial_contact! });
      await addWorkflowTransition(ctx, {
        versionId: draft.id,
        fromStepId: steps.qualification!,
        toStepId: steps.discovery!,
      });
      await updateWorkflowStep(ctx, { id: steps.qualification!, defaultProbability: 0.15 });
      await publishWorkflow(ctx, { versionId: draft.id });
      return { versionId: draft.id, steps };
    });
  }

  it('counts deals still on an older version under the step with the same key, and keeps a dropped step while it holds deals', async () => {
    const w = await salesWorkspace();
    await w.deal('Old lead', '100', 'qualification');
    await w.deal('Old talk', '200', 'initial_contact');
    await publishWithoutInitialContact(w);
    await w.deal('New lead', '1000', 'qualification');

    const { pipeline } = await api.as(w.member, PIPELINE, { id: w.workflowId });
    expect((pipeline.steps as Column[]).map((c) => [c.step.key, c.count, c.totals])).toEqual([
      ['qualification', 2, usd('1100.00')],
      ['discovery', 0, []],
      ['proposal', 0, []],
      ['negotiation', 0, []],
      ['closed_won', 0, []],
      ['closed_lost', 0, []],
      ['initial_contact', 1, usd('200.00')],
    ]);
  });

  it("gives migrated deals their new step's probability, and the dropped step's column goes", async () => {
    const w = await salesWorkspace();
    const lead = await w.deal('Old lead', '100', 'qualification');
    const talk = await w.deal('Old talk', '200', 'initial_contact');
    const v1 = await activeSteps(w.workflowId);
    const [v1Version] = await db.asService((tx) =>
      tx.query<{ id: string }>(
        "select id from wfm.workflow_versions where workflow_id = $1 and state = 'active'",
        [w.workflowId],
      ),
    );
    const v2 = await publishWithoutInitialContact(w);
    const migration = await db.asUser(w.owner.claims, (tx) =>
      migrateEntities(
        { tx, userId: w.owner.id },
        {
          fromVersionId: v1Version!.id,
          toVersionId: v2.versionId,
          mapping: [
            { fromStepId: v1.qualification!, toStepId: v2.steps.qualification! },
            { fromStepId: v1.initial_contact!, toStepId: v2.steps.discovery! },
          ],
        },
      ),
    );
    expect(migration.migratedCount).toBe(2);

    const deals = await db.asService((tx) =>
      tx.query<{ name: string; probability: number }>(
        'select name, probability::float8 as probability from crm.deals where id = any($1::uuid[]) order by name',
        [`{${lead},${talk}}`],
      ),
    );
    expect(deals).toEqual([
      { name: 'Old lead', probability: 0.15 },
      { name: 'Old talk', probability: 0.4 },
    ]);
    const { pipeline } = await api.as(w.member, PIPELINE, { id: w.workflowId });
    expect(
      (pipeline.steps as Column[]).map((c) => [c.step.key, c.count, c.weightedTotals]),
    ).toEqual([
      ['qualification', 1, usd('15.00')],
      ['discovery', 1, usd('80.00')],
      ['proposal', 0, []],
      ['negotiation', 0, []],
      ['closed_won', 0, []],
      ['closed_lost', 0, []],
    ]);
  });
});

describe('round trips', () => {
  async function workspaceWithDeals(count: number) {
    const w = await salesWorkspace(`Deals ${count}`);
    const keys = Object.keys(PATHS);
    for (let i = 0; i < count; i++) {
      await w.deal(`Deal ${i}`, String(100 * (i + 1)), keys[i % 3 === 0 ? 0 : i % keys.length]!);
    }
    return w;
  }

  const statementsFor = async (
    user: TestUser,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const before = db.stats.statements;
    await api.as(user, query, variables);
    return db.stats.statements - before;
  };

  it('are the same for a pipeline of 5 deals and one of 30', async () => {
    const small = await workspaceWithDeals(5);
    const large = await workspaceWithDeals(30);
    const query = `query($id: ID!) { pipeline(workflowId: $id) {
      workflow { name versions { version } }
      steps { step { key name status { name } } count weightedTotals { amount currency } staleCount
              deals { id name amount { amount currency } probability } } } }`;
    const smallCount = await statementsFor(small.member, query, { id: small.workflowId });
    const largeCount = await statementsFor(large.member, query, { id: large.workflowId });
    expect(largeCount).toBe(smallCount);
    // The RLS context, the aggregate, the top deals, the deals by id, the workflow, its
    // versions, the steps, their statuses.
    expect(smallCount).toBeLessThanOrEqual(10);
  });

  it('are the same for stale deals of 5 deals and of 30', async () => {
    const small = await workspaceWithDeals(5);
    const large = await workspaceWithDeals(30);
    const query = `query($ws: ID!) { staleDeals(workspaceId: $ws) { deal { name } step { key } daysInStep } }`;
    for (const w of [small, large]) {
      const ids = await db.asService((tx) =>
        tx.query<{ entity_id: string }>(
          'select entity_id from wfm.projects where workspace_id = $1',
          [w.workspaceId],
        ),
      );
      for (const { entity_id } of ids) await inStepSince(entity_id, 60);
    }
    const smallCount = await statementsFor(small.member, query, { ws: small.workspaceId });
    const largeCount = await statementsFor(large.member, query, { ws: large.workspaceId });
    expect(largeCount).toBe(smallCount);
  });
});
