import { z } from 'zod';
import { CrmEntityTypeSchema } from '../records/linked-records.ts';

export const ACTIVITY_KINDS = ['task', 'call', 'meeting', 'email', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);

const MAX_METADATA_JSON = 10_000;

const Title = z.string().trim().min(1, 'is required').max(300);
const Body = z.string().max(20_000);
const Instant = z.coerce.date('is not a date and time');
const Metadata = z
  .record(z.string().min(1).max(100), z.json())
  .refine(
    (value) => JSON.stringify(value).length <= MAX_METADATA_JSON,
    `must be at most ${MAX_METADATA_JSON} characters of JSON`,
  );

/** entityType and entityId link a record together: both, or neither. */
function linkedTogether(
  input: { entityType?: string | null; entityId?: string | null },
  ctx: z.RefinementCtx,
) {
  if ((input.entityType == null) !== (input.entityId == null)) {
    const missing = input.entityType == null ? 'entityType' : 'entityId';
    ctx.addIssue({ code: 'custom', path: [missing], message: 'is required with the other' });
  }
}

const CreateFields = {
  workspaceId: z.uuid(),
  kind: ActivityKindSchema,
  title: Title,
  body: Body.nullish(),
  dueAt: Instant.nullish(),
  assigneeId: z
    .uuid()
    .nullish()
    .describe('A workspace member. Tasks default to you; null leaves it unassigned.'),
  entityType: CrmEntityTypeSchema.nullish().describe('Give with entityId.'),
  entityId: z.uuid().nullish().describe('A live record of this workspace.'),
  metadata: Metadata.nullish(),
};

export const CreateActivityInput = z.object(CreateFields).superRefine(linkedTogether);
export type CreateActivityValues = z.output<typeof CreateActivityInput>;

/** What an automation gives createSystemActivity: the same fields, metadata naming itself. */
export const CreateSystemActivityInput = CreateActivityInput;

export const UpdateActivityInput = z
  .object({
    id: z.uuid(),
    kind: ActivityKindSchema.optional(),
    title: Title.optional(),
    body: Body.nullish(),
    dueAt: Instant.nullish(),
    assigneeId: z.uuid().nullish(),
    entityType: CrmEntityTypeSchema.nullish().describe(
      'Give with entityId to relink; both null unlinks.',
    ),
    entityId: z.uuid().nullish(),
    metadata: Metadata.optional().describe('Replaces it; not for system activities.'),
  })
  .describe('Only what is given changes; null clears.')
  .superRefine((input, ctx) => {
    // Relinking names both (null and null unlinks); leaving both out keeps the link.
    if ((input.entityType === undefined) !== (input.entityId === undefined)) {
      const missing = input.entityType === undefined ? 'entityType' : 'entityId';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'is required with the other' });
    } else linkedTogether(input, ctx);
  });
export const ActivityIdInput = z.object({ id: z.uuid() });

export const ActivityFilter = z
  .object({
    assigneeId: z.uuid().nullish(),
    entityType: CrmEntityTypeSchema.nullish().describe('Give with entityId.'),
    entityId: z.uuid().nullish(),
    kind: ActivityKindSchema.nullish(),
    done: z.boolean().nullish(),
    overdue: z
      .boolean()
      .nullish()
      .describe('true: not done and due before now; false: the others.'),
  })
  .describe('Only activities matching all of the given fields.')
  .superRefine(linkedTogether);
export type ActivityFilter = z.output<typeof ActivityFilter>;
