// Who a record is assigned to: you, another member of the workspace, or nobody. A plain native
// select, labelled, so it works with the keyboard and on phones.
import { Field, NativeSelect } from '@chakra-ui/react';

export const UNASSIGNED = '';

export function AssigneeSelect({
  members,
  meId,
  value,
  onChange,
  error,
  disabled,
}: {
  members: readonly { userId: string; email: string; role: string }[];
  meId: string | undefined;
  value: string;
  onChange: (assigneeId: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  // Viewers cannot own work: they are not offered.
  const assignable = members.filter((m) => m.role !== 'VIEWER');
  return (
    <Field.Root invalid={Boolean(error)} disabled={disabled}>
      <Field.Label>Assignee</Field.Label>
      <NativeSelect.Root size="sm">
        <NativeSelect.Field value={value} onChange={(e) => onChange(e.target.value)}>
          <option value={UNASSIGNED}>Unassigned</option>
          {assignable.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.userId === meId ? `Me (${m.email})` : m.email}
            </option>
          ))}
        </NativeSelect.Field>
        <NativeSelect.Indicator />
      </NativeSelect.Root>
      <Field.ErrorText>{error}</Field.ErrorText>
    </Field.Root>
  );
}
