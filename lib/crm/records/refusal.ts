// Why a write to a record was refused, asked after its savepoint rolled back: a record the caller
// cannot see is not found; one they can see but not change (a viewer's, or an admin-only kind)
// is forbidden. A refused insert is about the workspace the input names.
import { ForbiddenError, NotFoundError } from '../../errors/app-errors.ts';
import type { Refusal } from '../../services/run-operation.ts';
import { refusalFor } from '../../workspaces/service.ts';
import type { RecordKind } from './kind.ts';
import { isRecordVisible } from './record-sql.ts';

function workspaceOf(input: unknown): string | undefined {
  const id = (input as { workspaceId?: unknown } | null)?.workspaceId;
  return typeof id === 'string' ? id : undefined;
}

export function recordRefusal(kind: RecordKind): Refusal {
  return async (ctx, refused) => {
    if (refused.reason === 'no-row') {
      return (await isRecordVisible(ctx.tx, kind, refused.id))
        ? new ForbiddenError(kind.forbidden)
        : new NotFoundError(kind.entity);
    }
    const workspaceId = workspaceOf(refused.input);
    return workspaceId ? refusalFor(ctx, workspaceId) : new ForbiddenError(kind.forbidden);
  };
}
