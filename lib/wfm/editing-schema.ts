// GraphQL for editing workflows: drafts, step and transition edits, publishing, and migrating the
// entities of an old version.
import { builder } from '../graphql/builder.ts';
import { defineMutations } from '../graphql/mutations.ts';
import { WorkspaceRoleEnum } from '../workspaces/schema.ts';
import {
  addWorkflowStep,
  addWorkflowTransition,
  createWorkflowDraft,
  type Migration,
  migrateEntities,
  publishWorkflow,
  removeWorkflowStep,
  removeWorkflowTransition,
  updateWorkflowStep,
  updateWorkflowTransition,
} from './editing.ts';
import {
  AddWorkflowStepInput,
  AddWorkflowTransitionInput,
  CreateWorkflowDraftInput,
  MigrateEntitiesInput,
  PublishWorkflowInput,
  RemoveWorkflowStepInput,
  RemoveWorkflowTransitionInput,
  UpdateWorkflowStepInput,
  UpdateWorkflowTransitionInput,
} from './editing-inputs.ts';
import {
  StatusCategoryEnum,
  WorkflowStepRef,
  WorkflowTransitionRef,
  WorkflowVersionRef,
} from './schema.ts';

builder.objectField(WorkflowVersionRef, 'publishedBy', (t) =>
  t.exposeID('publishedBy', { nullable: true, description: 'Who published it.' }),
);

const WorkflowMigrationRef = builder.objectRef<Migration>('WorkflowMigration').implement({
  description: 'Entities moved from one version of a workflow to its active version.',
  fields: (t) => ({
    fromVersion: t.field({ type: WorkflowVersionRef, resolve: (m) => m.fromVersionId }),
    toVersion: t.field({ type: WorkflowVersionRef, resolve: (m) => m.toVersionId }),
    migratedCount: t.exposeInt('migratedCount'),
  }),
});

const NewStatusInputRef = builder.inputType('WorkflowStatusInput', {
  description: 'A new status for a step.',
  fields: (t) => ({
    name: t.string({ required: true }),
    color: t.string({ description: 'A #rrggbb color; grey by default.' }),
    category: t.field({ type: StatusCategoryEnum, required: true }),
  }),
});

const StepMappingInputRef = builder.inputType('WorkflowStepMappingInput', {
  fields: (t) => ({
    fromStepId: t.id({ required: true, description: 'A step of the version migrated from.' }),
    toStepId: t.id({
      required: true,
      description: 'The step of the active version to put its entities in.',
    }),
  }),
});

const CreateWorkflowDraftInputRef = builder.inputType('CreateWorkflowDraftInput', {
  fields: (t) => ({ workflowId: t.id({ required: true }) }),
  validate: CreateWorkflowDraftInput,
});

const AddWorkflowStepInputRef = builder.inputType('AddWorkflowStepInput', {
  fields: (t) => ({
    versionId: t.id({ required: true, description: 'A draft version.' }),
    key: t.string({
      required: true,
      description: 'Stable across versions: history is matched by it.',
    }),
    name: t.string({ required: true }),
    statusId: t.id({ description: 'An existing status of the workspace; or give `status`.' }),
    status: t.field({ type: NewStatusInputRef, description: 'A new status; or give `statusId`.' }),
    position: t.int({ description: 'Where to insert it (0 first); at the end by default.' }),
    defaultProbability: t.float({ required: true, description: 'Win probability, 0–1.' }),
    expectedDwellDays: t.float(),
    isInitial: t.boolean({ description: 'Takes the flag from the step that had it.' }),
    isFinal: t.boolean(),
    metadata: t.field({ type: 'JSONObject' }),
  }),
  validate: AddWorkflowStepInput,
});

const UpdateWorkflowStepInputRef = builder.inputType('UpdateWorkflowStepInput', {
  description: 'Only what is given changes.',
  fields: (t) => ({
    id: t.id({ required: true }),
    key: t.string(),
    name: t.string(),
    statusId: t.id(),
    status: t.field({ type: NewStatusInputRef }),
    position: t.int({ description: 'Moves the step; the steps in between shift by one.' }),
    defaultProbability: t.float(),
    expectedDwellDays: t.float({ description: 'null clears it.' }),
    isInitial: t.boolean({ description: 'true takes the flag from the step that had it.' }),
    isFinal: t.boolean(),
    metadata: t.field({ type: 'JSONObject', description: 'Replaces the metadata.' }),
  }),
  validate: UpdateWorkflowStepInput,
});

const RemoveWorkflowStepInputRef = builder.inputType('RemoveWorkflowStepInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
  validate: RemoveWorkflowStepInput,
});

const AddWorkflowTransitionInputRef = builder.inputType('AddWorkflowTransitionInput', {
  fields: (t) => ({
    versionId: t.id({ required: true, description: 'A draft version.' }),
    fromStepId: t.id({ required: true }),
    toStepId: t.id({ required: true }),
    requiredFields: t.stringList({
      description: 'Fields the entity must have (non-empty) to make this move.',
    }),
    allowedRoles: t.field({
      type: [WorkspaceRoleEnum],
      description: 'Roles that may make this move; empty means anyone who may edit the entity.',
    }),
  }),
  validate: AddWorkflowTransitionInput,
});

const UpdateWorkflowTransitionInputRef = builder.inputType('UpdateWorkflowTransitionInput', {
  description: 'Changes the guards; to connect other steps, remove it and add another.',
  fields: (t) => ({
    id: t.id({ required: true }),
    requiredFields: t.stringList(),
    allowedRoles: t.field({ type: [WorkspaceRoleEnum] }),
  }),
  validate: UpdateWorkflowTransitionInput,
});

const RemoveWorkflowTransitionInputRef = builder.inputType('RemoveWorkflowTransitionInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
  validate: RemoveWorkflowTransitionInput,
});

const PublishWorkflowInputRef = builder.inputType('PublishWorkflowInput', {
  fields: (t) => ({ versionId: t.id({ required: true }) }),
  validate: PublishWorkflowInput,
});

const MigrateEntitiesInputRef = builder.inputType('MigrateEntitiesInput', {
  fields: (t) => ({
    fromVersionId: t.id({ required: true }),
    toVersionId: t.id({ required: true, description: "The workflow's active version." }),
    mapping: t.field({
      type: [StepMappingInputRef],
      required: true,
      description: 'Where the entities of each step go; every step with entities must be mapped.',
    }),
  }),
  validate: MigrateEntitiesInput,
});

defineMutations(WorkflowVersionRef, 'version', {
  createWorkflowDraft: [CreateWorkflowDraftInputRef, createWorkflowDraft],
  publishWorkflow: [PublishWorkflowInputRef, publishWorkflow],
});

defineMutations(WorkflowStepRef, 'step', {
  addWorkflowStep: [AddWorkflowStepInputRef, addWorkflowStep],
  updateWorkflowStep: [UpdateWorkflowStepInputRef, updateWorkflowStep],
  removeWorkflowStep: [RemoveWorkflowStepInputRef, removeWorkflowStep],
});

defineMutations(WorkflowTransitionRef, 'transition', {
  addWorkflowTransition: [AddWorkflowTransitionInputRef, addWorkflowTransition],
  updateWorkflowTransition: [UpdateWorkflowTransitionInputRef, updateWorkflowTransition],
  removeWorkflowTransition: [RemoveWorkflowTransitionInputRef, removeWorkflowTransition],
});

defineMutations(WorkflowMigrationRef, 'migration', {
  migrateEntities: [MigrateEntitiesInputRef, migrateEntities],
});
