// Inputs of workflow editing: drafts, steps, transitions, publishing and migrating entities,
// declared once: the operations parse with them and GraphQL derives its input types from them.
import { z } from 'zod';

const StepKey = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,62}$/,
    'must be lowercase letters, digits or _, starting with a letter',
  );
const StepName = z.string().trim().min(1, 'is required').max(100);
const Probability = z.number().min(0).max(1);
/** numeric(7, 2) in the table. */
const DwellDays = z.number().positive().max(99_999);
const Metadata = z
  .record(z.string().min(1).max(100), z.json())
  .refine((value) => JSON.stringify(value).length <= 10_000, 'is larger than 10 kB');
const FieldName = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]{0,62}$/, 'is not a field name');
const RequiredFields = z.array(FieldName).max(50);
/** Viewers never move anything, so a transition cannot be reserved to them. */
export const TransitionRole = z.enum(['owner', 'admin', 'member']);
const AllowedRoles = z.array(TransitionRole).max(3);

export const StatusCategory = z.enum(['open', 'won', 'lost', 'done']);

export const NewStatus = z
  .object({
    name: z.string().trim().min(1, 'is required').max(100),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb color')
      .default('#718096')
      .describe('A #rrggbb color; grey by default.'),
    category: StatusCategory,
  })
  .meta({ id: 'WorkflowStatusInput', description: 'A new status for a step.' });

const DraftVersionId = z.uuid().describe('A draft version.');

export const CreateWorkflowDraftInput = z.object({ workflowId: z.uuid() });

export const AddWorkflowStepInput = z
  .object({
    versionId: DraftVersionId,
    key: StepKey.describe('Stable across versions: history is matched by it.'),
    name: StepName,
    statusId: z.uuid().nullish().describe('An existing status of the workspace; or give `status`.'),
    status: NewStatus.nullish().describe('A new status; or give `statusId`.'),
    position: z
      .int()
      .min(0)
      .nullish()
      .describe('Where to insert it (0 first); at the end by default.'),
    defaultProbability: Probability.describe('Win probability, 0–1.'),
    expectedDwellDays: DwellDays.nullish(),
    isInitial: z.boolean().nullish().describe('Takes the flag from the step that had it.'),
    isFinal: z.boolean().nullish(),
    metadata: Metadata.nullish(),
  })
  .refine((input) => (input.statusId == null) !== (input.status == null), {
    message: 'give either statusId or status',
    path: ['statusId'],
  });

export const UpdateWorkflowStepInput = z
  .object({
    id: z.uuid(),
    key: StepKey.optional(),
    name: StepName.optional(),
    statusId: z.uuid().optional(),
    status: NewStatus.optional(),
    position: z
      .int()
      .min(0)
      .optional()
      .describe('Moves the step; the steps in between shift by one.'),
    defaultProbability: Probability.optional(),
    expectedDwellDays: DwellDays.nullable().optional().describe('null clears it.'),
    isInitial: z.boolean().optional().describe('true takes the flag from the step that had it.'),
    isFinal: z.boolean().optional(),
    metadata: Metadata.optional().describe('Replaces the metadata.'),
  })
  .describe('Only what is given changes.')
  .refine((input) => input.statusId === undefined || input.status === undefined, {
    message: 'give either statusId or status, not both',
    path: ['statusId'],
  });

export const RemoveWorkflowStepInput = z.object({ id: z.uuid() });

export const AddWorkflowTransitionInput = z
  .object({
    versionId: DraftVersionId,
    fromStepId: z.uuid(),
    toStepId: z.uuid(),
    requiredFields: RequiredFields.nullish().describe(
      'Fields the entity must have (non-empty) to make this move.',
    ),
    allowedRoles: AllowedRoles.nullish().describe(
      'Roles that may make this move; empty means anyone who may edit the entity.',
    ),
  })
  .refine((input) => input.fromStepId !== input.toStepId, {
    message: 'must differ from fromStepId',
    path: ['toStepId'],
  });

export const UpdateWorkflowTransitionInput = z
  .object({
    id: z.uuid(),
    requiredFields: RequiredFields.optional(),
    allowedRoles: AllowedRoles.optional(),
  })
  .describe('Changes the guards; to connect other steps, remove it and add another.');

export const RemoveWorkflowTransitionInput = z.object({ id: z.uuid() });

export const PublishWorkflowInput = z.object({ versionId: z.uuid() });

const StepMapping = z
  .object({
    fromStepId: z.uuid().describe('A step of the version migrated from.'),
    toStepId: z.uuid().describe('The step of the active version to put its entities in.'),
  })
  .meta({ id: 'WorkflowStepMappingInput' });

export const MigrateEntitiesInput = z.object({
  fromVersionId: z.uuid(),
  toVersionId: z.uuid().describe("The workflow's active version."),
  mapping: z
    .array(StepMapping)
    .max(500)
    .describe('Where the entities of each step go; every step with entities must be mapped.'),
});
