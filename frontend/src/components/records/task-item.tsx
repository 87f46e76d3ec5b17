// A task in a list: a checkbox that completes (or reopens) it in place, its due date in words,
// and, when the API refused the last change, why.
import { Badge, Box, Checkbox, HStack, Stack, Text } from '@chakra-ui/react';
import type { ReactNode } from 'react';
import { dueLabel, type TaskLike } from '../../lib/records/tasks.ts';

const KIND_NAMES: Record<string, string> = {
  CALL: 'Call',
  EMAIL: 'Email',
  MEETING: 'Meeting',
  NOTE: 'Note',
  TASK: 'Task',
};

export function TaskItem({
  task,
  now,
  canEdit,
  refusal,
  onToggle,
  context,
}: {
  task: TaskLike & { title: string; kind: string; body?: string | null };
  now: Date;
  canEdit: boolean;
  refusal: string | undefined;
  onToggle(done: boolean): void;
  /** What the task is about (a link to its record), under its due date. */
  context?: ReactNode;
}) {
  const due = dueLabel(task, now);
  return (
    <Box
      as="li"
      listStyleType="none"
      py="2"
      borderBottomWidth="1px"
      _last={{ borderBottomWidth: 0 }}
      data-testid="task"
      data-done={task.done || undefined}
    >
      <HStack align="flex-start" gap="3">
        <Checkbox.Root
          checked={task.done}
          disabled={!canEdit}
          onCheckedChange={({ checked }) => onToggle(checked === true)}
          mt="0.5"
          alignItems="flex-start"
          flex="1"
          minW="0"
        >
          <Checkbox.HiddenInput />
          <Checkbox.Control mt="0.5" />
          <Checkbox.Label
            fontWeight="medium"
            textDecoration={task.done ? 'line-through' : undefined}
            color={task.done ? 'fg.muted' : undefined}
            wordBreak="break-word"
          >
            {task.title}
          </Checkbox.Label>
        </Checkbox.Root>
        {task.kind !== 'TASK' && (
          <Badge size="sm" variant="subtle" flexShrink={0}>
            {KIND_NAMES[task.kind] ?? task.kind}
          </Badge>
        )}
      </HStack>
      <Stack gap="0.5" ps="7" pt="0.5" fontSize="sm">
        <HStack gap="2" flexWrap="wrap">
          <Text
            color={
              due.tone === 'overdue' ? 'fg.error' : due.tone === 'today' ? 'orange.fg' : 'fg.muted'
            }
            fontWeight={due.tone === 'overdue' ? 'semibold' : undefined}
          >
            {due.text}
          </Text>
          {context}
        </HStack>
        {task.body && (
          <Text color="fg.muted" whiteSpace="pre-wrap" lineClamp={3}>
            {task.body}
          </Text>
        )}
        {refusal && (
          <Text color="fg.error" role="alert">
            {refusal}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
