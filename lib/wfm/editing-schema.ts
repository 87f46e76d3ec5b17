// GraphQL for editing workflows: drafts, step and transition edits, publishing, and migrating the
// entities of an old version.
import { builder } from '../graphql/builder.ts';
import { defineMutations } from '../graphql/mutations.ts';
import { bindZodSchema } from '../graphql/zod-input.ts';
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
import { StatusCategory, TransitionRole } from './editing-inputs.ts';
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

// A transition is reserved to workspace roles (viewers excepted, which zod refuses).
bindZodSchema(TransitionRole, WorkspaceRoleEnum);
bindZodSchema(StatusCategory, StatusCategoryEnum);

defineMutations(WorkflowVersionRef, 'version', {
  createWorkflowDraft,
  publishWorkflow,
});

defineMutations(WorkflowStepRef, 'step', {
  addWorkflowStep,
  updateWorkflowStep,
  removeWorkflowStep,
});

defineMutations(WorkflowTransitionRef, 'transition', {
  addWorkflowTransition,
  updateWorkflowTransition,
  removeWorkflowTransition,
});

defineMutations(WorkflowMigrationRef, 'migration', {
  migrateEntities,
});
