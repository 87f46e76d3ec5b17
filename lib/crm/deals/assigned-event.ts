// The event a change of a deal's assignee emits, from creation and from assignDeal alike.
import type { DomainEvent } from '../../events/registry.ts';
import type { DealRow } from './sql.ts';

export function assignedEvent(
  actorId: string,
  deal: DealRow,
  previousAssigneeId: string | null,
): DomainEvent<'crm/deal.assigned'> {
  return {
    name: 'crm/deal.assigned',
    data: {
      workspaceId: deal.workspaceId,
      dealId: deal.id,
      assigneeId: deal.assigneeId,
      previousAssigneeId,
      actorId,
    },
  };
}
