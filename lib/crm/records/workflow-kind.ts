// What record kinds that move through workflows (deals, leads) share: the engine's entity built
// from the kind (guards read the record's columns), a move that answers the moved record, and
// where records stand.
import type { ServiceContext } from '../../db/service-context.ts';
import { NotFoundError } from '../../errors/app-errors.ts';
import type { WorkflowEntity } from '../../wfm/entity-registry.ts';
import { loadProjects, moveToStep, type Project } from '../../wfm/service.ts';
import type { RecordKind, RecordRow } from './kind.ts';
import { selectRecordFields } from './record-sql.ts';
import { loadRecords } from './record-service.ts';
import { withCamelCaseKeys } from './workflow-fields.ts';

/** The workflow engine's view of a kind; registered by the composition root (lib/server/modules.ts). */
export function workflowEntityOf(
  kind: RecordKind,
  extra: Pick<WorkflowEntity, 'onStepReached' | 'stageChangedEvent'>,
): WorkflowEntity {
  return {
    entityType: kind.entityType!,
    label: kind.entity,
    loadFields: async (tx, id) => withCamelCaseKeys(await selectRecordFields(tx, kind, id)),
    ...extra,
  };
}

/** The engine's move for a record: allowed transitions only; answers the record as it now is. */
export async function moveRecordToStep<Row extends RecordRow>(
  ctx: ServiceContext,
  kind: RecordKind<Row>,
  move: { id: string; toStepId: string; reason?: string | null | undefined },
): Promise<Row> {
  await moveToStep(ctx, {
    entityType: kind.entityType!,
    entityId: move.id,
    toStepId: move.toStepId,
    reason: move.reason,
  });
  const [row] = await loadRecords(ctx, kind, [move.id]);
  if (!row) throw new NotFoundError(kind.entity);
  return row;
}

/** Where these records stand in their workflows. */
export function loadRecordStages(
  ctx: ServiceContext,
  kind: RecordKind,
  ids: readonly string[],
): Promise<Project[]> {
  return loadProjects(ctx, kind.entityType!, ids);
}
