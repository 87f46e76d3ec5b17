// Workflow versions: drafts copied from the active version, edited, checked and published, and
// entities that stay on their version until an admin migrates them. Driven with an entity type
// no module registers in production (organizations in onboarding), so nothing here is deal-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import { createOrganization } from '../crm/organizations/service.ts';
import { type Db, json, type Tx } from '../db/port.ts';
import { registerWorkflowEntity } from './entity-registry.ts';
import { TransitionNotAllowedError } from './errors.ts';
import { moveToStep, startProject } from './service.ts';

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
    { key: 'live', name: 'Live', category: 'won', probability: 1, final: true },
    { key: 'churned', name: 'Churned', category: 'lost', probability: 0, final: true },
  ],
  transitions: [
    { from: 'kickoff', to: 'setup', requiredFields: ['name'] },
    { from: 'setup', to: 'live' },
    { from: 'kickoff', to: 'churned' },
    { from: 'setup', to: 'churned' },
  ],
};

// The organization keeps the probability of the step it reached in its custom fields, as a deal
// keeps it in its own column.
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
  async onStepReached(tx, id, step) {
    await tx.query(
      `update crm.organizations set custom_fields = custom_fields || jsonb_build_object('probability', $2::float8)
        where id = $1`,
      [id, step.defaultProbability],
    );
  },
});

let db: Db;
let api: ReturnType<typeof createTestApi>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
});
afterAll(() => db.close());

const ERRORS = `... on Error { code message } ... on ValidationError { fieldErrors { path message } }`;
const VERSION = `id version state publishedAt publishedBy
  steps { id key name position defaultProbability expectedDwellDays isInitial isFinal metadata status { id name category } }
  transitions { id fromStep { key } toStep { key } requiredFields allowedRoles }`;
const CREATE_DRAFT = `mutation($workflowId: ID!) { createWorkflowDraft(input: { workflowId: $workflowId }) {
  __typename ... on CreateWorkflowDraftSuccess { version { ${VERSION} } } ${ERRORS} } }`;
const PUBLISH = `mutation($versionId: ID!) { publishWorkflow(input: { versionId: $versionId }) {
  __typename ... on PublishWorkflowSuccess { version { ${VERSION} } } ${ERRORS} } }`;
const ADD_STEP = `mutation($input: AddWorkflowStepInput!) { addWorkflowStep(input: $input) {
  __typename ... on AddWorkflowStepSuccess { step { id key name position isInitial status { name category } } } ${ERRORS} } }`;
const UPDATE_STEP = `mutation($input: UpdateWorkflowStepInput!) { updateWorkflowStep(input: $input) {
  __typename ... on UpdateWorkflowStepSuccess { step { id key position isInitial isFinal expectedDwellDays } } ${ERRORS} } }`;
const REMOVE_STEP = `mutation($id: ID!) { removeWorkflowStep(input: { id: $id }) {
  __typename ... on RemoveWorkflowStepSuccess { step { id key } } ${ERRORS} } }`;
const ADD_TRANSITION = `mutation($input: AddWorkflowTransitionInput!) { addWorkflowTransition(input: $input) {
  __typename ... on AddWorkflowTransitionSuccess { transition { id fromStep { key } toStep { key } requiredFields allowedRoles } } ${ERRORS} } }`;
const UPDATE_TRANSITION = `mutation($input: UpdateWorkflowTransitionInput!) { updateWorkflowTransition(input: $input) {
  __typename ... on UpdateWorkflowTransitionSuccess { transition { id requiredFields allowedRoles } } ${ERRORS} } }`;
const REMOVE_TRANSITION = `mutation($id: ID!) { removeWorkflowTransition(input: { id: $id }) {
  __typename ... on RemoveWorkflowTransitionSuccess { transition { id } } ${ERRORS} } }`;
const MIGRATE = `mutation($input: MigrateEntitiesInput!) { migrateEntities(input: $input) {
  __typename ... on MigrateEntitiesSuccess { migration { migratedCount fromVersion { version state } toVersion { version state } } } ${ERRORS} } }`;

interface Step {
  id: string;
  key: string;
  name: string;
  position: number;
  isInitial: boolean;
  isFinal: boolean;
}
interface Version {
  id: string;
  version: number;
  state: string;
  publishedAt: string | null;
  publishedBy: string | null;
  steps: (Step & Record<string, unknown>)[];
  transitions: { id: string; fromStep: { key: string }; toStep: { key: string } }[];
}

/** A workspace with the onboarding workflow (version 1 active), its owner, an admin and a member. */
async function onboardingWorkspace() {
  const ws = await createWorkspaceWithOwner(db, api);
  const admin = await ws.addMember('ADMIN');
  const member = await ws.addMember('MEMBER');
  const [{ id: workflowId }] = (await db.asService((tx) =>
    tx.query('select wfm.create_workflow_from_spec($1, $2::jsonb) as id', [
      ws.workspaceId,
      json(ONBOARDING),
    ]),
  )) as [{ id: string }];
  const v1 = (await versions(ws.owner, workflowId)).find((v) => v.version === 1)!;
  return { ...ws, admin, member, workflowId, v1, v1Steps: byKey(v1.steps) };
}

async function versions(user: TestUser, workflowId: string): Promise<Version[]> {
  const data = await api.as(
    user,
    `query($id: ID!) { workflow(id: $id) { versions { ${VERSION} } } }`,
    {
      id: workflowId,
    },
  );
  return data.workflow.versions;
}

const byKey = (steps: Step[]) =>
  Object.fromEntries(steps.map((s) => [s.key, s.id])) as Record<string, string>;

async function draftOf(user: TestUser, workflowId: string): Promise<Version> {
  const data = await api.as(user, CREATE_DRAFT, { workflowId });
  expect(data.createWorkflowDraft.__typename).toBe('CreateWorkflowDraftSuccess');
  return data.createWorkflowDraft.version;
}

async function newOrganization(user: TestUser, workspaceId: string, name = 'Initech') {
  return db.asUser(user.claims, async (tx) => {
    const ctx = { tx, userId: user.id };
    const org = await createOrganization(ctx, { workspaceId, name });
    await startProject(ctx, { workspaceId, entityType: 'organization', entityId: org.id });
    return org.id;
  });
}

const move = (user: TestUser, entityId: string, toStepId: string) =>
  db.asUser(user.claims, (tx) =>
    moveToStep({ tx, userId: user.id }, { entityType: 'organization', entityId, toStepId }),
  );

const projectOf = async (entityId: string) => {
  const [row] = await db.asService((tx) =>
    tx.query<{ version_id: string; current_step_id: string; entered_step_at: Date }>(
      'select version_id, current_step_id, entered_step_at from wfm.projects where entity_id = $1',
      [entityId],
    ),
  );
  return row!;
};

describe('a workflow draft', () => {
  it('copies the active version: steps with their keys, statuses, probabilities, dwell and metadata, and transitions with their guards', async () => {
    const { owner, workflowId, v1 } = await onboardingWorkspace();
    await db.asService((tx) =>
      tx.query(
        `update wfm.workflow_steps set metadata = '{"checklist": ["kickoff call"]}' where id = $1`,
        [v1.steps[0]!.id],
      ),
    );
    const [active] = await versions(owner, workflowId);
    const draft = await draftOf(owner, workflowId);

    expect(draft).toMatchObject({
      version: 2,
      state: 'DRAFT',
      publishedAt: null,
      publishedBy: null,
    });
    const shape = (v: Version) => ({
      steps: v.steps.map(({ id: _id, ...rest }) => rest),
      transitions: v.transitions.map(({ id: _id, ...rest }) => rest),
    });
    expect(shape(draft)).toEqual(shape(active!));
    expect(draft.steps[0]!.metadata).toEqual({ checklist: ['kickoff call'] });
    const oldIds = new Set(active!.steps.map((s) => s.id));
    expect(draft.steps.some((s) => oldIds.has(s.id))).toBe(false);
  });

  it('is one per workflow: asking again returns the same draft', async () => {
    const { admin, workflowId } = await onboardingWorkspace();
    const first = await draftOf(admin, workflowId);
    const second = await draftOf(admin, workflowId);
    expect(second.id).toBe(first.id);
    expect((await versions(admin, workflowId)).map((v) => v.state)).toEqual(['DRAFT', 'ACTIVE']);
  });

  it('is for owners and admins only; members get a ForbiddenError and nothing is created', async () => {
    const { member, workflowId } = await onboardingWorkspace();
    const data = await api.as(member, CREATE_DRAFT, { workflowId });
    expect(data.createWorkflowDraft).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
    });
    expect(await versions(member, workflowId)).toHaveLength(1);
  });

  it("of another workspace's workflow is not found", async () => {
    const { workflowId } = await onboardingWorkspace();
    const stranger = await createWorkspaceWithOwner(db, api, 'Elsewhere');
    const data = await api.as(stranger.owner, CREATE_DRAFT, { workflowId });
    expect(data.createWorkflowDraft).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
  });
});

describe('editing', () => {
  it('refuses to touch the active version: only a draft can be edited', async () => {
    const { owner, workspaceId, workflowId, v1, v1Steps } = await onboardingWorkspace();
    const added = await api.as(owner, ADD_STEP, {
      input: {
        versionId: v1.id,
        key: 'training',
        name: 'Training',
        status: { name: 'Training', category: 'OPEN' },
        defaultProbability: 0.6,
      },
    });
    expect(added.addWorkflowStep.fieldErrors).toEqual([
      { path: ['input', 'versionId'], message: 'only a draft can be edited' },
    ]);
    const renamed = await api.as(owner, UPDATE_STEP, {
      input: { id: v1Steps.setup, name: 'Set-up' },
    });
    expect(renamed.updateWorkflowStep.fieldErrors).toEqual([
      { path: ['input', 'id'], message: 'only a draft can be edited' },
    ]);
    const removed = await api.as(owner, REMOVE_STEP, { id: v1Steps.setup });
    expect(removed.removeWorkflowStep.code).toBe('VALIDATION_FAILED');
    const [active] = await versions(owner, workflowId);
    expect(active!.steps.map((s) => [s.key, s.name])).toEqual([
      ['kickoff', 'Kickoff'],
      ['setup', 'Setup'],
      ['live', 'Live'],
      ['churned', 'Churned'],
    ]);
    const statuses = await db.asService((tx) =>
      tx.query("select 1 from wfm.statuses where workspace_id = $1 and name = 'Training'", [
        workspaceId,
      ]),
    );
    expect(statuses).toEqual([]);
  });

  it('adds a step where asked, shifting the steps after it, with a new status', async () => {
    const { owner, workflowId } = await onboardingWorkspace();
    const draft = await draftOf(owner, workflowId);
    const data = await api.as(owner, ADD_STEP, {
      input: {
        versionId: draft.id,
        key: 'training',
        name: 'Training',
        status: { name: 'Training', color: '#805AD5', category: 'OPEN' },
        position: 2,
        defaultProbability: 0.7,
        expectedDwellDays: 5,
      },
    });
    expect(data.addWorkflowStep).toMatchObject({
      __typename: 'AddWorkflowStepSuccess',
      step: {
        key: 'training',
        position: 2,
        isInitial: false,
        status: { name: 'Training', category: 'OPEN' },
      },
    });
    const [edited] = await versions(owner, workflowId);
    expect(edited!.steps.map((s) => [s.key, s.position])).toEqual([
      ['kickoff', 0],
      ['setup', 1],
      ['training', 2],
      ['live', 3],
      ['churned', 4],
    ]);
  });

  it('refuses a step key the version already uses, and a status of another workspace', async () => {
    const { owner, workflowId } = await onboardingWorkspace();
    const draft = await draftOf(owner, workflowId);
    const statusId = draft.steps[0]!.status as { id: string };
    const duplicate = await api.as(owner, ADD_STEP, {
      input: {
        versionId: draft.id,
        key: 'setup',
        name: 'Setup again',
        statusId: statusId.id,
        defaultProbability: 0.5,
      },
    });
    expect(duplicate.addWorkflowStep.fieldErrors).toEqual([
      { path: ['input', 'key'], message: 'is already used by another step of this version' },
    ]);
    const elsewhere = await onboardingWorkspace();
    const foreignStatus = (elsewhere.v1.steps[0]!.status as { id: string }).id;
    const foreign = await api.as(owner, ADD_STEP, {
      input: {
        versionId: draft.id,
        key: 'extra',
        name: 'Extra',
        statusId: foreignStatus,
        defaultProbability: 0.5,
      },
    });
    expect(foreign.addWorkflowStep.fieldErrors).toEqual([
      { path: ['input', 'statusId'], message: 'is not a status of this workspace' },
    ]);
    const [unchanged] = await versions(owner, workflowId);
    expect(unchanged!.steps).toHaveLength(4);
  });

  it('moves a step to another position, and moves the initial flag when another step takes it', async () => {
    const { owner, workflowId } = await onboardingWorkspace();
    const draft = await draftOf(owner, workflowId);
    const steps = byKey(draft.steps);
    const moved = await api.as(owner, UPDATE_STEP, { input: { id: steps.churned, position: 1 } });
    expect(moved.updateWorkflowStep.step).toMatchObject({ key: 'churned', position: 1 });
    const initial = await api.as(owner, UPDATE_STEP, {
      input: { id: steps.setup, isInitial: true, expectedDwellDays: null },
    });
    expect(initial.updateWorkflowStep.step).toMatchObject({
      isInitial: true,
      expectedDwellDays: null,
    });
    const [edited] = await versions(owner, workflowId);
    expect(edited!.steps.map((s) => [s.key, s.position, s.isInitial])).toEqual([
      ['kickoff', 0, false],
      ['churned', 1, false],
      ['setup', 2, true],
      ['live', 3, false],
    ]);
  });

  it('removes a step with its transitions and closes the gap', async () => {
    const { owner, workflowId } = await onboardingWorkspace();
    const draft = await draftOf(owner, workflowId);
    const data = await api.as(owner, REMOVE_STEP, { id: byKey(draft.steps).setup });
    expect(data.removeWorkflowStep).toMatchObject({ step: { key: 'setup' } });
    const [edited] = await versions(owner, workflowId);
    expect(edited!.steps.map((s) => [s.key, s.position])).toEqual([
      ['kickoff', 0],
      ['live', 1],
      ['churned', 2],
    ]);
    expect(edited!.transitions.map((t) => `${t.fromStep.key}>${t.toStep.key}`)).toEqual([
      'kickoff>churned',
    ]);
  });

  it('adds, changes and removes transitions between steps of the draft', async () => {
    const { owner, workflowId } = await onboardingWorkspace();
    const draft = await draftOf(owner, workflowId);
    const steps = byKey(draft.steps);
    const added = await api.as(owner, ADD_TRANSITION, {
      input: {
        versionId: draft.id,
        fromStepId: steps.setup,
        toStepId: steps.kickoff,
        requiredFields: ['name'],
      },
    });
    expect(added.addWorkflowTransition.transition).toMatchObject({
      fromStep: { key: 'setup' },
      toStep: { key: 'kickoff' },
      requiredFields: ['name'],
      allowedRoles: [],
    });
    const id = added.addWorkflowTransition.transition.id;
    const again = await api.as(owner, ADD_TRANSITION, {
      input: { versionId: draft.id, fromStepId: steps.setup, toStepId: steps.kickoff },
    });
    expect(again.addWorkflowTransition.fieldErrors).toEqual([
      { path: ['input', 'toStepId'], message: 'this transition already exists' },
    ]);
    const guarded = await api.as(owner, UPDATE_TRANSITION, {
      input: { id, allowedRoles: ['ADMIN', 'OWNER'] },
    });
    expect(guarded.updateWorkflowTransition.transition).toEqual({
      id,
      requiredFields: ['name'],
      allowedRoles: ['ADMIN', 'OWNER'],
    });
    const removed = await api.as(owner, REMOVE_TRANSITION, { id });
    expect(removed.removeWorkflowTransition.transition).toEqual({ id });
    const [edited] = await versions(owner, workflowId);
    expect(edited!.transitions).toHaveLength(4);
  });

  it('refuses a transition from or to a step of another version', async () => {
    const { owner, workflowId, v1Steps } = await onboardingWorkspace();
    const draft = await draftOf(owner, workflowId);
    const data = await api.as(owner, ADD_TRANSITION, {
      input: {
        versionId: draft.id,
        fromStepId: v1Steps.setup,
        toStepId: byKey(draft.steps).kickoff,
      },
    });
    expect(data.addWorkflowTransition.fieldErrors).toEqual([
      { path: ['input', 'fromStepId'], message: 'is not a step of this version' },
    ]);
  });

  it('is for owners and admins only', async () => {
    const { owner, member, workflowId } = await onboardingWorkspace();
    const draft = await draftOf(owner, workflowId);
    const data = await api.as(member, UPDATE_STEP, {
      input: { id: draft.steps[0]!.id, name: 'Hello' },
    });
    expect(data.updateWorkflowStep).toMatchObject({ __typename: 'ForbiddenError' });
  });
});

describe('publishing', () => {
  it('refuses an unsound draft, naming every problem, and leaves it a draft', async () => {
    const { owner, workflowId } = await onboardingWorkspace();
    const draft = await draftOf(owner, workflowId);
    const steps = byKey(draft.steps);
    await api.as(owner, ADD_STEP, {
      input: {
        versionId: draft.id,
        key: 'limbo',
        name: 'Limbo',
        status: { name: 'Limbo', category: 'OPEN' },
        defaultProbability: 0.1,
      },
    });
    await api.as(owner, ADD_TRANSITION, {
      input: { versionId: draft.id, fromStepId: steps.live, toStepId: steps.setup },
    });
    const data = await api.as(owner, PUBLISH, { versionId: draft.id });
    expect(data.publishWorkflow.fieldErrors).toEqual([
      { path: ['input', 'versionId'], message: 'final step Live has outgoing transitions' },
      { path: ['input', 'versionId'], message: 'not reachable from the initial step: Limbo' },
    ]);
    expect((await versions(owner, workflowId)).map((v) => v.state)).toEqual(['DRAFT', 'ACTIVE']);
  });

  it('refuses a draft without an initial step, or without a final step', async () => {
    const { owner, workflowId } = await onboardingWorkspace();
    const draft = await draftOf(owner, workflowId);
    const steps = byKey(draft.steps);
    await api.as(owner, UPDATE_STEP, { input: { id: steps.kickoff, isInitial: false } });
    await api.as(owner, UPDATE_STEP, { input: { id: steps.live, isFinal: false } });
    await api.as(owner, UPDATE_STEP, { input: { id: steps.churned, isFinal: false } });
    const data = await api.as(owner, PUBLISH, { versionId: draft.id });
    expect(data.publishWorkflow.fieldErrors.map((e: { message: string }) => e.message)).toEqual([
      'the workflow needs exactly one initial step, not 0',
      'the workflow needs at least one final step',
    ]);
  });

  it('activates the draft and archives the version that was active, recording when and by whom', async () => {
    const { admin, workflowId, v1 } = await onboardingWorkspace();
    const draft = await draftOf(admin, workflowId);
    const data = await api.as(admin, PUBLISH, { versionId: draft.id });
    expect(data.publishWorkflow.version).toMatchObject({
      id: draft.id,
      version: 2,
      state: 'ACTIVE',
      publishedBy: admin.id,
      publishedAt: expect.any(String),
    });
    const all = await versions(admin, workflowId);
    expect(all.map((v) => [v.id, v.state])).toEqual([
      [draft.id, 'ACTIVE'],
      [v1.id, 'ARCHIVED'],
    ]);
    const again = await api.as(admin, PUBLISH, { versionId: draft.id });
    expect(again.publishWorkflow.fieldErrors).toEqual([
      { path: ['input', 'versionId'], message: 'only a draft can be published' },
    ]);
  });

  it('moves nobody: entities in flight keep moving along their own version', async () => {
    const { owner, member, workspaceId, workflowId, v1, v1Steps } = await onboardingWorkspace();
    const before = await newOrganization(member, workspaceId, 'Early Inc');
    const draft = await draftOf(owner, workflowId);
    const v2Steps = byKey(draft.steps);
    // Version 2 lets kickoff go straight live, and setup no longer exists.
    await api.as(owner, ADD_TRANSITION, {
      input: { versionId: draft.id, fromStepId: v2Steps.kickoff, toStepId: v2Steps.live },
    });
    await api.as(owner, REMOVE_STEP, { id: v2Steps.setup });
    await api.as(owner, PUBLISH, { versionId: draft.id });

    expect(await projectOf(before)).toMatchObject({
      version_id: v1.id,
      current_step_id: v1Steps.kickoff,
    });
    await expect(move(member, before, v2Steps.live!)).rejects.toMatchObject({
      reason: 'STEP_NOT_IN_WORKFLOW',
    });
    await expect(move(member, before, v1Steps.live!)).rejects.toBeInstanceOf(
      TransitionNotAllowedError,
    );
    await move(member, before, v1Steps.setup!);
    expect(await projectOf(before)).toMatchObject({
      version_id: v1.id,
      current_step_id: v1Steps.setup,
    });

    const after = await newOrganization(member, workspaceId, 'Late Inc');
    expect(await projectOf(after)).toMatchObject({
      version_id: draft.id,
      current_step_id: v2Steps.kickoff,
    });
    await move(member, after, v2Steps.live!);
  });
});

describe('migrating entities', () => {
  /** Version 1 with an entity in kickoff and two in setup; version 2 published without setup. */
  async function twoVersions() {
    const w = await onboardingWorkspace();
    const kickoff = await newOrganization(w.member, w.workspaceId, 'Kickoff Co');
    const setupA = await newOrganization(w.member, w.workspaceId, 'Setup A');
    const setupB = await newOrganization(w.member, w.workspaceId, 'Setup B');
    await move(w.member, setupA, w.v1Steps.setup!);
    await move(w.member, setupB, w.v1Steps.setup!);
    const draft = await draftOf(w.owner, w.workflowId);
    const v2Steps = byKey(draft.steps);
    await api.as(w.owner, ADD_TRANSITION, {
      input: { versionId: draft.id, fromStepId: v2Steps.kickoff, toStepId: v2Steps.live },
    });
    await api.as(w.owner, UPDATE_STEP, { input: { id: v2Steps.kickoff, defaultProbability: 0.3 } });
    await api.as(w.owner, REMOVE_STEP, { id: v2Steps.setup });
    await api.as(w.owner, PUBLISH, { versionId: draft.id });
    return { ...w, v2: draft, v2Steps, entities: { kickoff, setupA, setupB } };
  }

  it('requires every step with entities to be mapped, naming those that are not, and moves nobody', async () => {
    const { owner, v1, v2, v1Steps, v2Steps, entities } = await twoVersions();
    const data = await api.as(owner, MIGRATE, {
      input: {
        fromVersionId: v1.id,
        toVersionId: v2.id,
        mapping: [{ fromStepId: v1Steps.kickoff, toStepId: v2Steps.kickoff }],
      },
    });
    expect(data.migrateEntities.fieldErrors).toEqual([
      { path: ['input', 'mapping'], message: 'steps with entities are not mapped: Setup (2)' },
    ]);
    expect((await projectOf(entities.setupA)).version_id).toBe(v1.id);
  });

  it('refuses mappings to steps outside the active version, and versions that are not active', async () => {
    const { owner, v1, v2, v1Steps, v2Steps } = await twoVersions();
    const wrongTarget = await api.as(owner, MIGRATE, {
      input: {
        fromVersionId: v1.id,
        toVersionId: v2.id,
        mapping: [
          { fromStepId: v1Steps.kickoff, toStepId: v1Steps.kickoff },
          { fromStepId: v2Steps.live, toStepId: v2Steps.live },
          { fromStepId: v1Steps.setup, toStepId: v2Steps.kickoff },
        ],
      },
    });
    expect(wrongTarget.migrateEntities.fieldErrors).toEqual([
      { path: ['input', 'mapping', '0', 'toStepId'], message: 'is not a step of version 2' },
      { path: ['input', 'mapping', '1', 'fromStepId'], message: 'is not a step of version 1' },
    ]);
    const backwards = await api.as(owner, MIGRATE, {
      input: { fromVersionId: v2.id, toVersionId: v1.id, mapping: [] },
    });
    expect(backwards.migrateEntities.fieldErrors).toEqual([
      { path: ['input', 'toVersionId'], message: "is not the workflow's active version" },
    ]);
    const other = await onboardingWorkspace();
    const foreign = await api.as(owner, MIGRATE, {
      input: { fromVersionId: v1.id, toVersionId: other.v1.id, mapping: [] },
    });
    expect(foreign.migrateEntities).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('is for owners and admins only', async () => {
    const { member, v1, v2, v1Steps, v2Steps } = await twoVersions();
    const data = await api.as(member, MIGRATE, {
      input: {
        fromVersionId: v1.id,
        toVersionId: v2.id,
        mapping: [
          { fromStepId: v1Steps.kickoff, toStepId: v2Steps.kickoff },
          { fromStepId: v1Steps.setup, toStepId: v2Steps.kickoff },
        ],
      },
    });
    expect(data.migrateEntities).toMatchObject({ __typename: 'ForbiddenError' });
  });

  it('moves every entity to its mapped step in one go, with history, the entity hook and events', async () => {
    const { owner, v1, v2, v1Steps, v2Steps, entities } = await twoVersions();
    const kickoffBefore = await projectOf(entities.kickoff);
    const data = await api.as(owner, MIGRATE, {
      input: {
        fromVersionId: v1.id,
        toVersionId: v2.id,
        mapping: [
          { fromStepId: v1Steps.kickoff, toStepId: v2Steps.kickoff },
          { fromStepId: v1Steps.setup, toStepId: v2Steps.live },
        ],
      },
    });
    expect(data.migrateEntities.migration).toEqual({
      migratedCount: 3,
      fromVersion: { version: 1, state: 'ARCHIVED' },
      toVersion: { version: 2, state: 'ACTIVE' },
    });

    // Same key: the time in the step keeps running. Another key: it restarts.
    const kickoff = await projectOf(entities.kickoff);
    expect(kickoff).toMatchObject({ version_id: v2.id, current_step_id: v2Steps.kickoff });
    expect(kickoff.entered_step_at).toEqual(kickoffBefore.entered_step_at);
    const setupA = await projectOf(entities.setupA);
    expect(setupA).toMatchObject({ version_id: v2.id, current_step_id: v2Steps.live });

    const history = await db.asService((tx) =>
      tx.query(
        `select entity_id, kind, from_step_id, to_step_id, from_version_id, to_version_id, actor_id
           from wfm.status_history where kind = 'migrate' and to_version_id = $1 order by entity_id`,
        [v2.id],
      ),
    );
    expect(history).toEqual(
      [
        [entities.kickoff, v1Steps.kickoff, v2Steps.kickoff],
        [entities.setupA, v1Steps.setup, v2Steps.live],
        [entities.setupB, v1Steps.setup, v2Steps.live],
      ]
        .map(([entity_id, from_step_id, to_step_id]) => ({
          entity_id,
          kind: 'migrate',
          from_step_id,
          to_step_id,
          from_version_id: v1.id,
          to_version_id: v2.id,
          actor_id: owner.id,
        }))
        .sort((a, b) => a.entity_id!.localeCompare(b.entity_id!)),
    );

    const probabilities = await db.asService((tx) =>
      tx.query<{ id: string; probability: number }>(
        `select id, (custom_fields ->> 'probability')::float8 as probability from crm.organizations where id = any($1::uuid[])`,
        [`{${Object.values(entities).join(',')}}`],
      ),
    );
    expect(Object.fromEntries(probabilities.map((p) => [p.id, p.probability]))).toEqual({
      [entities.kickoff]: 0.3,
      [entities.setupA]: 1,
      [entities.setupB]: 1,
    });

    const events = await db.asService((tx) =>
      tx.query<{ data: Record<string, unknown> }>(
        `select data from automation.outbox where name = 'wfm/status.changed' and data ->> 'kind' = 'migrate'
           and data ->> 'entityId' = $1`,
        [entities.setupB],
      ),
    );
    expect(events.map((e) => e.data)).toEqual([
      expect.objectContaining({
        kind: 'migrate',
        versionId: v2.id,
        fromStepId: v1Steps.setup,
        fromStepKey: 'setup',
        toStepId: v2Steps.live,
        toStepKey: 'live',
        toCategory: 'won',
        actorId: owner.id,
      }),
    ]);
  });

  it('leaves migrated entities moving along the new version', async () => {
    const { owner, member, v1, v2, v1Steps, v2Steps, entities } = await twoVersions();
    await api.as(owner, MIGRATE, {
      input: {
        fromVersionId: v1.id,
        toVersionId: v2.id,
        mapping: [
          { fromStepId: v1Steps.kickoff, toStepId: v2Steps.kickoff },
          { fromStepId: v1Steps.setup, toStepId: v2Steps.kickoff },
        ],
      },
    });
    await move(member, entities.kickoff, v2Steps.live!);
    expect(await projectOf(entities.kickoff)).toMatchObject({ current_step_id: v2Steps.live });
  });
});
