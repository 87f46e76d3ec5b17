// Learned probabilities and dwell times, on a sales history seeded with chosen dates, so every
// expected number below is worked out by hand from the journeys.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import type { Db } from '../db/port.ts';
import { createWorkflowDraft, publishWorkflow } from './editing.ts';
import { entityStepStats } from './learning.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
});
afterAll(() => db.close());

const STATS = `query($id: ID!) { workflowStepStats(workflowId: $id) {
  key step { key } defaultProbability learnedProbability sampleSize entered won
  expectedDwellDays learnedDwellDays dwellSampleSize } }`;

interface StatsRow {
  key: string;
  entered: number;
  sampleSize: number;
  won: number;
  learnedProbability: number;
  dwellSampleSize: number;
  learnedDwellDays: number | null;
}

type Key =
  | 'qualification'
  | 'initial_contact'
  | 'discovery'
  | 'proposal'
  | 'negotiation'
  | 'closed_won'
  | 'closed_lost';
/** [step key, day, version]; the first entry is the start, 'migrate' marks a migration. */
type Journey = [Key, number, 'v1' | 'v2', 'migrate'?][];

const T0 = Date.parse('2026-01-05T09:00:00Z');
const day = (n: number) => new Date(T0 + n * 86_400_000).toISOString();

/** The workspace's sales workflow with version 1 archived and version 2 (same keys) active. */
async function salesWorkflowWithTwoVersions() {
  const ws = await createWorkspaceWithOwner(db, api);
  const viewer = await ws.addMember('VIEWER');
  const ctx = (user: TestUser) => ({ userId: user.id });
  const [workflow] = await db.asService((tx) =>
    tx.query<{ id: string }>(
      "select id from wfm.workflows where workspace_id = $1 and entity_type = 'deal'",
      [ws.workspaceId],
    ),
  );
  const workflowId = workflow!.id;
  const v1 = await stepsOf(workflowId, 1);
  await db.asUser(ws.owner.claims, async (tx) => {
    const draft = await createWorkflowDraft({ tx, ...ctx(ws.owner) }, { workflowId });
    await publishWorkflow({ tx, ...ctx(ws.owner) }, { versionId: draft.id });
  });
  const v2 = await stepsOf(workflowId, 2);
  return { ...ws, viewer, workflowId: workflowId, versions: { v1, v2 } };
}

async function stepsOf(workflowId: string, version: number) {
  const rows = await db.asService((tx) =>
    tx.query<{ key: Key; id: string; version_id: string }>(
      `select s.key, s.id, s.version_id from wfm.workflow_steps s
         join wfm.workflow_versions v on v.id = s.version_id
        where v.workflow_id = $1 and v.version = $2`,
      [workflowId, version],
    ),
  );
  return {
    id: rows[0]!.version_id,
    steps: Object.fromEntries(rows.map((r) => [r.key, r.id])) as Record<Key, string>,
  };
}

/** Writes a deal's project and its history as the journey says, as the engine would have. */
async function seedJourney(
  w: Awaited<ReturnType<typeof salesWorkflowWithTwoVersions>>,
  journey: Journey,
): Promise<string> {
  const entityId = randomUUID();
  const [lastKey, lastDay, lastVersion] = journey.at(-1)!;
  const last = w.versions[lastVersion];
  await db.asService(async (tx) => {
    const [project] = await tx.query<{ id: string }>(
      `insert into wfm.projects (workspace_id, entity_type, entity_id, workflow_id, version_id, current_step_id, entered_step_at)
       values ($1, 'deal', $2, $3, $4, $5, $6) returning id`,
      [w.workspaceId, entityId, w.workflowId, last.id, last.steps[lastKey], day(lastDay)],
    );
    let previous: { step: string; version: string } | null = null;
    for (const [key, at, version, migrate] of journey) {
      const v = w.versions[version];
      await tx.query(
        `insert into wfm.status_history (workspace_id, project_id, entity_type, entity_id, kind,
           from_step_id, to_step_id, from_version_id, to_version_id, actor_id, at)
         values ($1, $2, 'deal', $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          w.workspaceId,
          project!.id,
          entityId,
          previous ? (migrate ?? 'move') : 'start',
          previous?.step ?? null,
          v.steps[key],
          previous?.version ?? null,
          v.id,
          w.owner.id,
          day(at),
        ],
      );
      previous = { step: v.steps[key], version: v.id };
    }
  });
  return entityId;
}

const upToProposal = (version: 'v1' | 'v2'): Journey => [
  ['qualification', 0, version],
  ['initial_contact', 2, version],
  ['discovery', 5, version],
  ['proposal', 10, version],
];

/**
 * Ten deals. Six reach proposal (three win, three lose), two are lost in qualification, one goes
 * back and forth between initial contact and discovery before it is lost, one is still in
 * discovery. Deals 1–5 ran on version 1, deal 6 was migrated while in proposal, 7–10 on version 2.
 */
const JOURNEYS: Journey[] = [
  [...upToProposal('v1'), ['negotiation', 14, 'v1'], ['closed_won', 20, 'v1']],
  [...upToProposal('v1'), ['negotiation', 16, 'v1'], ['closed_won', 25, 'v1']],
  [...upToProposal('v1'), ['negotiation', 18, 'v1'], ['closed_won', 30, 'v1']],
  [...upToProposal('v1'), ['closed_lost', 20, 'v1']],
  [...upToProposal('v1'), ['closed_lost', 22, 'v1']],
  [...upToProposal('v1'), ['proposal', 13, 'v2', 'migrate'], ['closed_lost', 24, 'v2']],
  [
    ['qualification', 0, 'v2'],
    ['closed_lost', 3, 'v2'],
  ],
  [
    ['qualification', 0, 'v2'],
    ['closed_lost', 3, 'v2'],
  ],
  [
    ['qualification', 0, 'v2'],
    ['initial_contact', 2, 'v2'],
    ['discovery', 5, 'v2'],
    ['initial_contact', 7, 'v2'],
    ['discovery', 9, 'v2'],
    ['closed_lost', 12, 'v2'],
  ],
  [
    ['qualification', 0, 'v2'],
    ['initial_contact', 2, 'v2'],
    ['discovery', 5, 'v2'],
  ],
];

describe('learned probabilities and dwell', () => {
  let w: Awaited<ReturnType<typeof salesWorkflowWithTwoVersions>>;
  let openDeal: string;

  beforeAll(async () => {
    w = await salesWorkflowWithTwoVersions();
    const ids = [];
    for (const journey of JOURNEYS) ids.push(await seedJourney(w, journey));
    openDeal = ids.at(-1)!;
  });

  it('learn each step from history across versions, matched by key, shrunk toward the defaults', async () => {
    const { workflowStepStats } = await api.as(w.viewer, STATS, { id: w.workflowId });
    const byKey = Object.fromEntries((workflowStepStats as StatsRow[]).map((s) => [s.key, s]));
    expect(workflowStepStats.map((s: { step: { key: string } }) => s.step.key)).toEqual([
      'qualification',
      'initial_contact',
      'discovery',
      'proposal',
      'negotiation',
      'closed_won',
      'closed_lost',
    ]);
    // [entered, closed, won, learned probability, completed stays, learned dwell]
    const expected: Record<Key, [number, number, number, number, number, number | null]> = {
      // 10 entered, 9 closed, 3 won: (3 + 5·0.1) / (9 + 5). Stays: eight of 2 days, two of 3:
      // (22 + 3·7) / (10 + 3).
      qualification: [10, 9, 3, 3.5 / 14, 10, 43 / 13],
      // (3 + 5·0.2) / (7 + 5). Stays: seven of 3 days, deal 9's 3 and 2: (26 + 3·7) / (9 + 3).
      initial_contact: [8, 7, 3, 4 / 12, 9, 47 / 12],
      // (3 + 5·0.4) / (7 + 5). Stays: six of 5 days, deal 9's 2 and 3 (deal 10's is still
      // running): (35 + 3·14) / (8 + 3).
      discovery: [8, 7, 3, 5 / 12, 8, 77 / 11],
      // 6 reached proposal, 3 won: (3 + 5·0.6) / (6 + 5). Stays of 4, 6, 8 days (won), 10, 12
      // and 14 (deal 6's, across its migration): (54 + 3·10) / (6 + 3).
      proposal: [6, 6, 3, 6 / 11, 6, 84 / 9],
      // (3 + 5·0.8) / (3 + 5). Stays of 6, 9, 12 days: (27 + 3·14) / (3 + 3).
      negotiation: [3, 3, 3, 7 / 8, 3, 69 / 6],
      // Final steps are never left, and have no configured dwell.
      closed_won: [3, 3, 3, 1, 0, null],
      closed_lost: [6, 6, 0, 0, 0, null],
    };
    for (const [key, [entered, closed, won, probability, stays, dwell]] of Object.entries(
      expected,
    )) {
      const s = byKey[key]!;
      expect({ key, entered: s.entered, sampleSize: s.sampleSize, won: s.won }).toEqual({
        key,
        entered,
        sampleSize: closed,
        won,
      });
      expect(s.learnedProbability).toBeCloseTo(probability, 10);
      expect(s.dwellSampleSize).toBe(stays);
      if (dwell === null) expect(s.learnedDwellDays).toBeNull();
      else expect(s.learnedDwellDays).toBeCloseTo(dwell, 10);
    }
    expect(byKey.proposal).toMatchObject({ defaultProbability: 0.6, expectedDwellDays: 10 });
  });

  it("answer for the step an entity stands in, with that step's defaults as the prior", async () => {
    const stats = await db.asUser(w.viewer.claims, (tx) =>
      entityStepStats({ tx, userId: w.viewer.id }, { entityType: 'deal', entityId: openDeal }),
    );
    expect(stats).toMatchObject({
      stepId: w.versions.v2.steps.discovery,
      key: 'discovery',
      defaultProbability: 0.4,
      expectedDwellDays: 14,
      sampleSize: 7,
      dwellSampleSize: 8,
    });
    expect(stats!.learnedProbability).toBeCloseTo(5 / 12, 10);
    expect(stats!.learnedDwellDays).toBeCloseTo(7, 10);
  });

  it('are the configured defaults for a workflow with no history yet', async () => {
    const fresh = await createWorkspaceWithOwner(db, api, 'Fresh');
    const [leads] = await db.asService((tx) =>
      tx.query<{ id: string }>(
        "select id from wfm.workflows where workspace_id = $1 and entity_type = 'lead'",
        [fresh.workspaceId],
      ),
    );
    const { workflowStepStats } = await api.as(fresh.owner, STATS, { id: leads!.id });
    expect(
      workflowStepStats.map((s: Record<string, unknown>) => [
        s.key,
        s.learnedProbability,
        s.sampleSize,
        s.learnedDwellDays,
      ]),
    ).toEqual([
      ['new', 0.05, 0, 2],
      ['contacted', 0.15, 0, 5],
      ['qualified', 0.4, 0, 7],
      ['converted', 1, 0, null],
      ['disqualified', 0, 0, null],
    ]);
  });

  it("are not shown for another workspace's workflow", async () => {
    const stranger = await createWorkspaceWithOwner(db, api, 'Elsewhere');
    const { workflowStepStats } = await api.as(stranger.owner, STATS, { id: w.workflowId });
    expect(workflowStepStats).toEqual([]);
  });
});
