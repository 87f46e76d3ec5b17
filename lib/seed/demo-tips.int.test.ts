// The demo user's first minutes: tips drawn from the seeded pipeline, answered, and learned from.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestAutomation } from '../../test/helpers/automation.ts';
import type { TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import type { Executor } from '../automation/executor/executor.ts';
import type { Db } from '../db/port.ts';
import { fetchCandidates } from '../recommender/candidates/fetch-candidates.ts';
import { seedDemo } from './demo.ts';

let db: Db;
let dataDir: string;
let api: ReturnType<typeof createTestApi>;
let executor: Executor;
let demo: TestUser;
let workspaceId: string;

beforeAll(async () => {
  db = await openTestDb();
  dataDir = mkdtempSync(join(tmpdir(), 'waymark-demo-'));
  api = createTestApi(db);
  executor = await startTestAutomation(db);
  await seedDemo(db, dataDir);
  const [row] = await db.asService((tx) =>
    tx.query<{ id: string; email: string; workspaceId: string }>(
      `select u.id, u.email, m.workspace_id as "workspaceId"
         from auth.users u join workspaces.workspace_members m on m.user_id = u.id
        where u.email = 'demo@waymark.local'`,
    ),
  );
  demo = { id: row!.id, email: row!.email, claims: { sub: row!.id, role: 'authenticated' } };
  workspaceId = row!.workspaceId;
});
afterAll(async () => {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const REQUEST_NEXT_TIP = `mutation($input: RequestNextTipInput!) {
  requestNextTip(input: $input) {
    ... on RequestNextTipSuccess { decision { tip { id kind title entityType } } }
  }
}`;
const ANSWER = `mutation($input: GiveTipFeedbackInput!) { giveTipFeedback(input: $input) { __typename } }`;

// First: the tips answered below may include these replies, which are then not offered again.
it('has a sample inbox: threads with the demo’s contacts, matched to them, two awaiting a reply', async () => {
  const { conversations } = await api.as(
    demo,
    `query($ws: ID!) { conversations(workspaceId: $ws, first: 20) {
      totalCount edges { node { channel unread person { name } } } } }`,
    { ws: workspaceId },
  );
  expect(conversations.totalCount).toBe(4);
  const people = conversations.edges.map(
    (e: { node: { person: { name: string } | null } }) => e.node.person?.name ?? null,
  );
  // The sender nobody knows yet stays unmatched, for the user to add.
  expect(people.sort()).toEqual(['Frank Grimes', 'Nancy Davolio', 'Pepper Potts', null].sort());
  const candidates = await db.asService((tx) =>
    fetchCandidates(tx, workspaceId, demo.id, new Date()),
  );
  const replies = candidates.candidates.filter((c) => c.kind === 'reply_message');
  expect(replies.map((c) => c.title).sort()).toEqual([
    'Reply to Frank Grimes',
    'Reply to Nancy Davolio',
  ]);
});

it('offers the demo user tips from their own pipeline, and learns from the answers', async () => {
  const kinds = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const { requestNextTip } = await api.as(demo, REQUEST_NEXT_TIP, { input: { workspaceId } });
    const tip = requestNextTip.decision.tip;
    expect(tip).not.toBeNull();
    kinds.add(tip.kind);
    await api.as(demo, ANSWER, {
      input: { tipId: tip.id, reaction: i % 3 === 2 ? 'DISMISS' : 'DONE' },
    });
  }
  // Late tasks, stale deals and uncalled leads are what the demo's recent past holds: the
  // rules baseline puts the late tasks first.
  expect(kinds).toContain('OVERDUE_ACTIVITY');
  expect([...kinds].filter((k) => k !== 'ADVICE').length).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < 10 && (await executor.drain()) > 0; i++);

  const { policyReport } = await api.as(
    demo,
    `query($ws: ID!) { policyReport(workspaceId: $ws) { answeredTips policies { name updates dr { estimate low high } } } }`,
    { ws: workspaceId },
  );
  expect(policyReport.answeredTips).toBe(6);
  for (const policy of policyReport.policies) {
    expect(policy.updates).toBe(6);
    expect(policy.dr.low).toBeLessThanOrEqual(policy.dr.high);
  }
});

it('finds stale deals and uncontacted leads among the demo’s candidates', async () => {
  const candidates = await db.asService((tx) =>
    tx.query<{ kind: string }>(
      `select distinct c ->> 'kind' as kind
         from recommender.tips t, jsonb_array_elements(t.context -> 'candidates') c
        where t.workspace_id = $1`,
      [workspaceId],
    ),
  );
  expect(candidates.map((c) => c.kind)).toEqual(
    expect.arrayContaining(['stale_deal', 'overdue_activity', 'uncontacted_lead']),
  );
});
