// A record's tasks: open and done, in working order, completed in place; and a form to add one.
import { Button, Stack, Text } from '@chakra-ui/react';
import { useState } from 'react';
import type { EntityType } from '../../gql/graphql.ts';
import { describeRequestError } from '../../lib/api-errors.ts';
import { useCreateTask, useRecordTasks, useTaskCompletion } from '../../api/records/tasks.ts';
import { orderTasks } from '../../lib/records/tasks.ts';
import { NewTaskForm } from './new-task-form.tsx';
import { RecordSection } from './record-section.tsx';
import { TaskItem } from './task-item.tsx';

export function TasksSection({
  workspaceId,
  entityType,
  entityId,
  canEdit,
  gridArea,
}: {
  workspaceId: string;
  entityType: EntityType;
  entityId: string;
  canEdit: boolean;
  gridArea?: string;
}) {
  const { tasks, data, error, refetch, hasMore, loadMore, loading } = useRecordTasks(
    workspaceId,
    entityType,
    entityId,
  );
  const { createTask } = useCreateTask();
  const { setDone, refusals } = useTaskCompletion();
  const [adding, setAdding] = useState(false);
  const now = new Date();
  const open = tasks.filter((task) => !task.done).length;

  return (
    <RecordSection
      title="Tasks"
      gridArea={gridArea}
      action={
        canEdit &&
        !adding && (
          <Button size="xs" variant="outline" onClick={() => setAdding(true)}>
            Add task
          </Button>
        )
      }
    >
      <Stack gap="3">
        {adding && (
          <Stack gap="2" borderWidth="1px" borderRadius="md" p="3">
            <NewTaskForm
              autoFocus
              onCreate={(task) => createTask({ workspaceId, entityType, entityId, ...task })}
            />
            <Button size="xs" variant="ghost" alignSelf="flex-end" onClick={() => setAdding(false)}>
              Close
            </Button>
          </Stack>
        )}
        {error && !data ? (
          <Text color="fg.error" fontSize="sm">
            The tasks could not be loaded. {describeRequestError(error)}{' '}
            <Button size="xs" variant="plain" colorPalette="blue" onClick={() => void refetch()}>
              Try again
            </Button>
          </Text>
        ) : !data ? (
          <Text color="fg.muted" fontSize="sm" role="status">
            Loading the tasks…
          </Text>
        ) : tasks.length === 0 ? (
          <Text color="fg.muted" fontSize="sm">
            No tasks yet.
            {canEdit && ' Add one with a due date, and it shows on your Activities page too.'}
          </Text>
        ) : (
          <>
            <Text fontSize="sm" color="fg.muted">
              {hasMore
                ? `${open} open among the first ${tasks.length}`
                : open === 0
                  ? 'All done.'
                  : `${open} open`}
            </Text>
            <Stack as="ul" gap="0" aria-label="Tasks">
              {orderTasks(tasks, now).map((task) => (
                <TaskItem
                  key={task.id}
                  task={task}
                  now={now}
                  canEdit={canEdit}
                  refusal={refusals[task.id]}
                  onToggle={(done) => void setDone(task, done)}
                />
              ))}
            </Stack>
            {hasMore && (
              <Button
                size="xs"
                variant="outline"
                alignSelf="center"
                loading={loading}
                onClick={() => void loadMore()}
              >
                Show more tasks
              </Button>
            )}
          </>
        )}
      </Stack>
    </RecordSection>
  );
}
