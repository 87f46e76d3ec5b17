import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../../test/helpers/factories.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import { type Db, json } from '../../db/port.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
});
afterAll(() => db.close());

const TIMELINE = `query($type: EntityType!, $id: ID!, $first: Int, $after: String) {
  timeline(entityType: $type, entityId: $id, first: $first, after: $after) {
    edges { node {
      __typename id at actorId
      ... on TimelineStatusChange { kind reason fromStep { name } toStep { name } }
      ... on TimelineActivity { activity { title kind dueAt } }
      ... on TimelineNote { note { body createdAt } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A workflow for organizations (onboarding), so history rows have real steps to name. */
const ONBOARDING = {
  key: 'onboarding',
  name: 'Onboarding',
  entityType: 'organization',
  projectType: { key: 'onboarding', name: 'Onboarding' },
  steps: [
    { key: 'signed', name: 'Signed', category: 'open', initial: true },
    { key: 'kickoff', name: 'Kickoff', category: 'open' },
    { key: 'live', name: 'Live', category: 'done', final: true },
  ],
  transitions: [
    { from: 'signed', to: 'kickoff' },
    { from: 'kickoff', to: 'live' },
  ],
};

/** Items created in separate transactions get distinct, increasing times. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

describe('the timeline of a record', () => {
  let owner: TestUser;
  let workspaceId: string;
  let orgId: string;
  /** What the timeline should show, newest first: a label per item. */
  let expected: string[];

  async function labels(user: TestUser, variables: Record<string, unknown> = {}) {
    const data = await api.as(user, TIMELINE, { type: 'ORGANIZATION', id: orgId, ...variables });
    return data.timeline;
  }

  function label(node: Record<string, any>): string {
    switch (node.__typename) {
      case 'TimelineStatusChange':
        return `${node.kind} ${node.fromStep?.name ?? '-'} > ${node.toStep.name}`;
      case 'TimelineActivity':
        return `activity ${node.activity.title}`;
      default:
        return `note ${node.note.body}`;
    }
  }

  beforeAll(async () => {
    const ws = await createWorkspaceWithOwner(db, api);
    owner = ws.owner;
    workspaceId = ws.workspaceId;
    const org = await api.as(
      owner,
      `mutation($ws: ID!) { createOrganization(input: {workspaceId: $ws, name: "Acme"}) {
        ... on CreateOrganizationSuccess { organization { id } } } }`,
      { ws: workspaceId },
    );
    orgId = org.createOrganization.organization.id;
    const other = await api.as(
      owner,
      `mutation($ws: ID!) { createOrganization(input: {workspaceId: $ws, name: "Other"}) {
        ... on CreateOrganizationSuccess { organization { id } } } }`,
      { ws: workspaceId },
    );
    const otherOrgId = other.createOrganization.organization.id;

    const steps = await db.asService(async (tx) => {
      const [workflow] = await tx.query<{ id: string }>(
        'select wfm.create_workflow_from_spec($1, $2::jsonb) as id',
        [workspaceId, json(ONBOARDING)],
      );
      const rows = await tx.query<{ key: string; id: string; versionId: string }>(
        `select s.key, s.id, s.version_id as "versionId" from wfm.workflow_steps s
           join wfm.workflow_versions v on v.id = s.version_id where v.workflow_id = $1`,
        [workflow!.id],
      );
      return Object.fromEntries(rows.map((r) => [r.key, r]));
    });
    const [project] = await db.asService((tx) =>
      tx.query<{ id: string }>(
        `insert into wfm.projects (workspace_id, entity_type, entity_id, workflow_id, version_id, current_step_id)
         select $1, 'organization', $2, v.workflow_id, v.id, $3
           from wfm.workflow_versions v where v.id = $4
         returning id`,
        [workspaceId, orgId, steps.signed!.id, steps.signed!.versionId],
      ),
    );
    async function history(kind: string, from: string | null, to: string, reason?: string) {
      await tick();
      await db.asService((tx) =>
        tx.query(
          `insert into wfm.status_history (workspace_id, project_id, entity_type, entity_id, kind,
             from_step_id, to_step_id, from_version_id, to_version_id, reason, actor_id)
           values ($1, $2, 'organization', $3, $4, $5, $6, $7, $7, $8, $9)`,
          [
            workspaceId,
            project!.id,
            orgId,
            kind,
            from ? steps[from]!.id : null,
            steps[to]!.id,
            steps[to]!.versionId,
            reason ?? null,
            owner.id,
          ],
        ),
      );
    }
    async function activity(title: string, entityId = orgId) {
      await tick();
      const data = await api.as(
        owner,
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) {
          ... on CreateActivitySuccess { activity { id } } } }`,
        {
          input: { workspaceId, kind: 'TASK', title, entityType: 'ORGANIZATION', entityId },
        },
      );
      return data.createActivity.activity.id as string;
    }
    async function note(body: string) {
      await tick();
      const data = await api.as(
        owner,
        `mutation($input: CreateNoteInput!) { createNote(input: $input) {
          ... on CreateNoteSuccess { note { id } } } }`,
        { input: { entityType: 'ORGANIZATION', entityId: orgId, body } },
      );
      return data.createNote.note.id as string;
    }

    await history('start', null, 'signed');
    await note('Signed at the fair');
    await activity('Plan the kickoff');
    await history('move', 'signed', 'kickoff', 'Contract countersigned');
    await activity('Elsewhere', otherOrgId);
    const deletedNote = await note('Deleted note');
    await api.as(owner, `mutation($id: ID!) { deleteNote(input: {id: $id}) { __typename } }`, {
      id: deletedNote,
    });
    await note('Kickoff went well');
    await activity('Go live checklist');
    await history('move', 'kickoff', 'live');
    expected = [
      'MOVE Kickoff > Live',
      'activity Go live checklist',
      'note Kickoff went well',
      'MOVE Signed > Kickoff',
      'activity Plan the kickoff',
      'note Signed at the fair',
      'START - > Signed',
    ];
  });

  it("merges status changes, activities and notes, newest first, leaving out others' and deleted ones", async () => {
    const timeline = await labels(owner, { first: 20 });
    expect(timeline.edges.map((e: { node: Record<string, any> }) => label(e.node))).toEqual(
      expected,
    );
    expect(timeline.pageInfo.hasNextPage).toBe(false);
    const nodes = timeline.edges.map((e: { node: Record<string, any> }) => e.node);
    const times = nodes.map((n: { at: string }) => Date.parse(n.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(nodes.every((n: { actorId: string }) => n.actorId === owner.id)).toBe(true);
    expect(nodes[3]).toMatchObject({ kind: 'MOVE', reason: 'Contract countersigned' });
  });

  it('pages without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await labels(owner, { first: 3, after });
      seen.push(...page.edges.map((e: { node: Record<string, any> }) => label(e.node)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('costs the same statements for a page of 2 as for a page of 7', async () => {
    const before = db.stats.statements;
    await labels(owner, { first: 7 });
    const large = db.stats.statements - before;
    const mid = db.stats.statements;
    await labels(owner, { first: 2 });
    expect(db.stats.statements - mid).toBe(large);
  });

  it('is empty for a record of another workspace', async () => {
    const outsider = (await createWorkspaceWithOwner(db, api, 'Other')).owner;
    const timeline = await labels(outsider);
    expect(timeline.edges).toEqual([]);
  });

  it('refuse a cursor that is not from a timeline', async () => {
    const result = await api.raw(owner, TIMELINE, {
      type: 'ORGANIZATION',
      id: orgId,
      after: 'bm90LWEtY3Vyc29y',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
