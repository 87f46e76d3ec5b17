// Inputs of workflow editing: drafts, steps, transitions, publishing and migrating entities.
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
const AllowedRoles = z.array(z.enum(['owner', 'admin', 'member'])).max(3);

export const NewStatus = z.object({
  name: z.string().trim().min(1, 'is required').max(100),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb color')
    .default('#718096'),
  category: z.enum(['open', 'won', 'lost', 'done']),
});

export const CreateWorkflowDraftInput = z.object({ workflowId: z.uuid() });

export const AddWorkflowStepInput = z
  .object({
    versionId: z.uuid(),
    key: StepKey,
    name: StepName,
    statusId: z.uuid().nullish(),
    status: NewStatus.nullish(),
    position: z.int().min(0).nullish(),
    defaultProbability: Probability,
    expectedDwellDays: DwellDays.nullish(),
    isInitial: z.boolean().nullish(),
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
    position: z.int().min(0).optional(),
    defaultProbability: Probability.optional(),
    /** null clears it. */
    expectedDwellDays: DwellDays.nullable().optional(),
    isInitial: z.boolean().optional(),
    isFinal: z.boolean().optional(),
    metadata: Metadata.optional(),
  })
  .refine((input) => input.statusId === undefined || input.status === undefined, {
    message: 'give either statusId or status, not both',
    path: ['statusId'],
  });

export const RemoveWorkflowStepInput = z.object({ id: z.uuid() });

export const AddWorkflowTransitionInput = z
  .object({
    versionId: z.uuid(),
    fromStepId: z.uuid(),
    toStepId: z.uuid(),
    requiredFields: RequiredFields.nullish(),
    allowedRoles: AllowedRoles.nullish(),
  })
  .refine((input) => input.fromStepId !== input.toStepId, {
    message: 'must differ from fromStepId',
    path: ['toStepId'],
  });

export const UpdateWorkflowTransitionInput = z.object({
  id: z.uuid(),
  requiredFields: RequiredFields.optional(),
  allowedRoles: AllowedRoles.optional(),
});

export const RemoveWorkflowTransitionInput = z.object({ id: z.uuid() });

export const PublishWorkflowInput = z.object({ versionId: z.uuid() });

export const MigrateEntitiesInput = z.object({
  fromVersionId: z.uuid(),
  toVersionId: z.uuid(),
  mapping: z.array(z.object({ fromStepId: z.uuid(), toStepId: z.uuid() })).max(500),
});
