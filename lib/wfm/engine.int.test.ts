// The generic engine, driven with an entity type no module registers in production (an
// organization going through onboarding): if it works for this one, it is not deal-specific.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import { createOrganization } from '../crm/organizations/service.ts';
import { json, type Db, type Tx } from '../db/port.ts';
import { registerWorkflowEntity } from './entity-registry.ts';
import { TransitionNotAllowedError } from './errors.ts';
import { availableTransitions, moveToStep, startProject } from './service.ts';

const ONBOARDING = {
  key: 'onboarding',
  name: 'Customer onboarding',
  entityType: 'organization',
  projectType: { key: 'onboarding', name: 'Onboarding' },
  steps: [
    {
      key: 'kickoff',
      name: 'Kickoff',
      category: 'open',
      probability: 0.2,
      dwellDays: 3,
      initial: true,
    },
    { key: 'setup', name: 'Setup', category: 'open', probability: 0.5, dwellDays: 7 },
    { key: 'live', name: 'Live', category: 'done', probability: 1, final: true },
    { key: 'churned', name: 'Churned', category: 'lost', probability: 0, final: true },
  ],
  transitions: [
    { from: 'kickoff', to: 'setup', requiredFields: ['emails'] },
    { from: 'setup', to: 'live' },
    { from: 'kickoff', to: 'churned' },
    { from: 'setup', to: 'churned' },
  ],
};

const reached: { id: string; key: string }[] = [];
registerWorkflowEntity({
  entityType: 'organization',
  label: 'Organization',
  async loadFields(tx: Tx, id: string) {
    const [row] = await tx.query<{ fields: Record<string, unknown> }>(
      'select to_jsonb(o) as fields from crm.organizations o where id = $1 and deleted_at is null',
      [id],
    );
    return row?.fields;
  },
  async onStepReached(_tx, id, step) {
    reached.push({ id, key: step.key });
  },
});

let db: Db;
let api: ReturnType<typeof createTestApi>;
let owner: TestUser;
let member: TestUser;
let viewer: TestUser;
let workspaceId: string;
let steps: Record<'kickoff' | 'setup' | 'live' | 'churned', string>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  const ws = await createWorkspaceWithOwner(db, api);
  ({ owner, workspaceId } = ws);
  member = await ws.addMember('MEMBER');
  viewer = await ws.addMember('VIEWER');
  const spec = { ...ONBOARDING, transitions: [...ONBOARDING.transitions] };
  await db.asService((tx) =>
    tx.query('select wfm.create_workflow_from_spec($1, $2::jsonb)', [workspaceId, json(spec)]),
  );
  const rows = await db.asService((tx) =>
    tx.query<{ key: string; id: string }>(
      `select s.key, s.id from wfm.workflow_steps s join wfm.workflow_versions v on v.id = s.version_id
         join wfm.workflows w on w.id = v.workflow_id where w.workspace_id = $1 and w.entity_type = 'organization'`,
      [workspaceId],
    ),
  );
  steps = Object.fromEntries(rows.map((r) => [r.key, r.id])) as typeof steps;
  // Only admins may declare a customer churned.
  await db.asService((tx) =>
    tx.query(
      `update wfm.workflow_transitions set allowed_roles = '{admin,owner}' where to_step_id = $1`,
      [steps.churned],
    ),
  );
});
afterAll(() => db.close());

const as = <T>(user: TestUser, fn: (ctx: { tx: Tx; userId: string }) => Promise<T>) =>
  db.asUser(user.claims, (tx) => fn({ tx, userId: user.id }));

async function newOrganization(emails: string[] = []) {
  return as(member, async (ctx) => {
    const org = await createOrganization(ctx, { workspaceId, name: 'Initech', emails });
    await startProject(ctx, { workspaceId, entityType: 'organization', entityId: org.id });
    return org.id;
  });
}

const history = (entityId: string) =>
  db.asService((tx) =>
    tx.query<{
      kind: string;
      from_step_id: string | null;
      to_step_id: string;
      reason: string | null;
      actor_id: string;
    }>(
      'select kind, from_step_id, to_step_id, reason, actor_id from wfm.status_history where entity_id = $1 order by at, kind desc',
      [entityId],
    ),
  );

const events = (entityId: string) =>
  db.asService((tx) =>
    tx.query<{ name: string; data: Record<string, unknown> }>(
      `select name, data from automation.outbox where data ->> 'entityId' = $1 order by created_at`,
      [entityId],
    ),
  );

describe('the workflow engine, on an organization onboarding workflow', () => {
  it('starts an entity at the initial step, with history and an event', async () => {
    const id = await newOrganization();
    expect(await history(id)).toEqual([
      {
        kind: 'start',
        from_step_id: null,
        to_step_id: steps.kickoff,
        reason: null,
        actor_id: member.id,
      },
    ]);
    expect((await events(id)).map((e) => [e.name, e.data.kind, e.data.toStepKey])).toEqual([
      ['wfm/status.changed', 'start', 'kickoff'],
    ]);
  });

  it('moves along an allowed transition: history, the entity hook and an event, in one transaction', async () => {
    const id = await newOrganization(['ops@initech.example.com']);
    const project = await as(member, (ctx) =>
      moveToStep(ctx, {
        entityType: 'organization',
        entityId: id,
        toStepId: steps.setup,
        reason: 'Contract signed',
      }),
    );
    expect(project).toMatchObject({ stepKey: 'setup', stepProbability: 0.5, stepCategory: 'open' });
    expect((await history(id)).at(-1)).toEqual({
      kind: 'move',
      from_step_id: steps.kickoff,
      to_step_id: steps.setup,
      reason: 'Contract signed',
      actor_id: member.id,
    });
    expect(reached.at(-1)).toEqual({ id, key: 'setup' });
    expect((await events(id)).at(-1)?.data).toMatchObject({
      kind: 'move',
      fromStepKey: 'kickoff',
      toStepKey: 'setup',
      actorId: member.id,
      reason: 'Contract signed',
    });
  });

  it('refuses a move the workflow has no transition for, and changes nothing', async () => {
    const id = await newOrganization(['ops@initech.example.com']);
    const before = { history: await history(id), events: await events(id) };
    const error = await as(member, (ctx) =>
      moveToStep(ctx, { entityType: 'organization', entityId: id, toStepId: steps.live }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    expect(error).toMatchObject({
      reason: 'NO_TRANSITION',
      message: 'The workflow does not allow moving from Kickoff to Live',
    });
    expect({ history: await history(id), events: await events(id) }).toEqual(before);
  });

  it('holds a guard until the entity has the required field', async () => {
    const id = await newOrganization([]);
    await expect(
      as(member, (ctx) =>
        moveToStep(ctx, { entityType: 'organization', entityId: id, toStepId: steps.setup }),
      ),
    ).rejects.toMatchObject({ reason: 'MISSING_FIELDS', missingFields: ['emails'] });
    await db.asService((tx) =>
      tx.query(`update crm.organizations set emails = '{a@b.example.com}' where id = $1`, [id]),
    );
    await expect(
      as(member, (ctx) =>
        moveToStep(ctx, { entityType: 'organization', entityId: id, toStepId: steps.setup }),
      ),
    ).resolves.toMatchObject({ stepKey: 'setup' });
  });

  it('keeps a role-restricted transition to its roles', async () => {
    const id = await newOrganization();
    await expect(
      as(member, (ctx) =>
        moveToStep(ctx, { entityType: 'organization', entityId: id, toStepId: steps.churned }),
      ),
    ).rejects.toMatchObject({ reason: 'ROLE_NOT_ALLOWED' });
    await expect(
      as(owner, (ctx) =>
        moveToStep(ctx, { entityType: 'organization', entityId: id, toStepId: steps.churned }),
      ),
    ).resolves.toMatchObject({ stepKey: 'churned', stepCategory: 'lost' });
  });

  it('lists what is allowed now and why the rest is not', async () => {
    const id = await newOrganization([]);
    const options = await as(member, (ctx) =>
      availableTransitions(ctx, { entityType: 'organization', entityId: id }),
    );
    expect(options.map((o) => [o.stepKey, o.allowed, o.reason])).toEqual([
      ['setup', false, 'MISSING_FIELDS'],
      ['live', false, 'NO_TRANSITION'],
      ['churned', false, 'ROLE_NOT_ALLOWED'],
    ]);
    const forOwner = await as(owner, (ctx) =>
      availableTransitions(ctx, { entityType: 'organization', entityId: id }),
    );
    expect(forOwner.find((o) => o.stepKey === 'churned')).toMatchObject({
      allowed: true,
      reason: null,
    });
  });

  it('lets a viewer see the options but move nothing', async () => {
    const id = await newOrganization(['a@b.example.com']);
    const options = await as(viewer, (ctx) =>
      availableTransitions(ctx, { entityType: 'organization', entityId: id }),
    );
    expect(options.every((o) => !o.allowed)).toBe(true);
    await expect(
      as(viewer, (ctx) =>
        moveToStep(ctx, { entityType: 'organization', entityId: id, toStepId: steps.setup }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("answers a stranger as if another workspace's entity did not exist", async () => {
    const id = await newOrganization(['a@b.example.com']);
    const stranger = await createUser(db);
    await expect(
      as(stranger, (ctx) =>
        moveToStep(ctx, { entityType: 'organization', entityId: id, toStepId: steps.setup }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses an entity type no workflow tracks, and a step id that does not exist', async () => {
    const id = await newOrganization();
    await expect(
      as(member, (ctx) =>
        moveToStep(ctx, { entityType: 'spaceship', entityId: id, toStepId: steps.setup }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      as(member, (ctx) =>
        moveToStep(ctx, {
          entityType: 'organization',
          entityId: id,
          toStepId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', entity: 'Workflow step' });
  });

  it('serializes concurrent moves of one entity: one wins, the other sees where it went', async () => {
    // Several rounds, so the second move really waits on the first one's lock at least once.
    for (let round = 0; round < 5; round++) {
      const id = await newOrganization(['a@b.example.com']);
      const move = () =>
        as(member, (ctx) =>
          moveToStep(ctx, { entityType: 'organization', entityId: id, toStepId: steps.setup }),
        ).then(
          () => 'moved',
          (e: TransitionNotAllowedError) => e.reason ?? String(e),
        );
      const outcomes = await Promise.all([move(), move()]);
      expect(outcomes.sort()).toEqual(['SAME_STEP', 'moved']);
      expect((await history(id)).filter((h) => h.kind === 'move')).toHaveLength(1);
    }
  });
});

describe('the workflows a new workspace starts with', () => {
  it('share statuses by name: the lead and support workflows have one "New"', async () => {
    const rows = await db.asService((tx) =>
      tx.query<{ name: string; n: number }>(
        `select name, count(*)::int as n from wfm.statuses where workspace_id = $1 group by name having count(*) > 1`,
        [workspaceId],
      ),
    );
    expect(rows).toEqual([]);
    const [shared] = await db.asService((tx) =>
      tx.query<{ workflows: number }>(
        `select count(distinct w.id)::int as workflows from wfm.workflow_steps s
           join wfm.statuses st on st.id = s.status_id
           join wfm.workflow_versions v on v.id = s.version_id
           join wfm.workflows w on w.id = v.workflow_id
          where w.workspace_id = $1 and st.name = 'New'`,
        [workspaceId],
      ),
    );
    expect(shared?.workflows).toBe(2);
  });
});
