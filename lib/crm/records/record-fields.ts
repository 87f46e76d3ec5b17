// The GraphQL fields record types share: who it is, who made and changed it when, and (for kinds
// that move through workflows) where it stands.
import type { WaymarkTypes } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { WorkflowPositionRef } from '../../wfm/schema.ts';
import type { RecordKind } from './kind.ts';
import { loadRecordStages } from './workflow-kind.ts';

interface Identified {
  id: string;
  workspaceId: string;
}

interface Audited {
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  deletedAt: Date | null;
}

type Fields<T> = PothosSchemaTypes.RootFieldBuilder<WaymarkTypes, T, 'Object' | 'Interface'>;

export function identityFields<T extends Identified>(t: Fields<T>) {
  return {
    id: t.id({ resolve: (row) => row.id }),
    workspaceId: t.id({ resolve: (row) => row.workspaceId }),
  };
}

export function auditFields<T extends Audited>(t: Fields<T>) {
  return {
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.createdAt }),
    createdBy: t.id({ resolve: (row) => row.createdBy }),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updatedAt }),
    updatedBy: t.id({ resolve: (row) => row.updatedBy }),
    deletedAt: t.field({ type: 'DateTime', nullable: true, resolve: (row) => row.deletedAt }),
  };
}

/** Where a record of a workflow kind stands, batched: a page of records loads in one statement. */
export function stageField<T extends { id: string }>(t: Fields<T>, kind: RecordKind) {
  return t.loadable({
    type: WorkflowPositionRef,
    nullable: true,
    description: `Where the ${kind.entity.toLowerCase()} stands in its workflow.`,
    load: (ids: string[], ctx) => loadRecordStages(serviceContext(ctx), kind, ids),
    sort: (project) => project.entityId,
    resolve: (row) => row.id,
  });
}
