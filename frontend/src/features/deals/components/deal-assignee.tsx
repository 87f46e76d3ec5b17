// Reassigning a deal from its page: the select answers at once, and goes back with the reason
// if the API refuses.
import { Box } from '@chakra-ui/react';
import { useState } from 'react';
import { AssigneeSelect, UNASSIGNED } from '../../../components/assignee-select.tsx';
import { toaster } from '../../../components/toaster.tsx';
import { useAssignDeal } from '../api/assign-deal.ts';

export function DealAssignee({
  deal,
  members,
  meId,
  canEdit,
}: {
  deal: { id: string; name: string; assigneeId?: string | null };
  members: readonly { userId: string; email: string; role: string }[];
  meId: string | undefined;
  canEdit: boolean;
}) {
  const { assignDeal, assigning } = useAssignDeal();
  const [error, setError] = useState<string>();
  const current = deal.assigneeId ?? UNASSIGNED;

  async function change(assigneeId: string) {
    setError(undefined);
    const outcome = await assignDeal(deal.id, assigneeId === UNASSIGNED ? null : assigneeId);
    if (!outcome.ok) {
      setError(outcome.fieldErrors.assigneeId ?? outcome.message);
      return;
    }
    const who = members.find((m) => m.userId === assigneeId);
    toaster.create({
      type: 'success',
      title: who
        ? `${deal.name} assigned to ${who.userId === meId ? 'you' : who.email}`
        : `${deal.name} unassigned`,
    });
  }

  return (
    <Box borderWidth="1px" borderRadius="md" p="4">
      <AssigneeSelect
        members={members}
        meId={meId}
        value={current}
        onChange={(id) => void change(id)}
        error={error}
        disabled={!canEdit || assigning}
      />
    </Box>
  );
}
