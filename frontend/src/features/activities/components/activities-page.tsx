// Activities: your tasks, overdue first, then due soonest, then undated; completed in place
// (at once, and back as they were with the reason if the API refuses); open or done; and
// "New task".
import {
  Button,
  CloseButton,
  Dialog,
  Group,
  Heading,
  HStack,
  Link,
  Portal,
  Stack,
  Text,
} from '@chakra-ui/react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { EmptyHint, ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { toaster } from '../../../components/toaster.tsx';
import { useAuth } from '../../../hooks/use-auth.tsx';
import { canEdit, useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useCreateTask, useTaskCompletion } from '../../../api/records/tasks.ts';
import { NewTaskForm } from '../../../components/records/new-task-form.tsx';
import { TaskItem } from '../../../components/records/task-item.tsx';
import { isOverdue, orderDoneTasks, orderTasks } from '../../../lib/records/tasks.ts';
import { MyTasksDocument, useMyTasks } from '../api/my-tasks.ts';

const RECORD_PATHS: Record<string, { path: string; name: string }> = {
  DEAL: { path: 'deals', name: 'deal' },
  LEAD: { path: 'leads', name: 'lead' },
  ORGANIZATION: { path: 'organizations', name: 'organization' },
  PERSON: { path: 'people', name: 'person' },
};

export function ActivitiesPage() {
  const workspace = useWorkspace();
  const { session } = useAuth();
  const editable = canEdit(workspace.role);
  const [done, setDone] = useState(false);
  const { tasks, data, error, refetch, loadMore, loading } = useMyTasks(
    workspace.id,
    session?.user.id,
    done,
  );
  const completion = useTaskCompletion();
  const now = new Date();
  const ordered = done ? orderDoneTasks(tasks) : orderTasks(tasks, now);
  const overdue = tasks.filter((task) => isOverdue(task, now)).length;
  const open = tasks.filter((task) => !task.done).length;

  let body;
  if (error && !data) {
    body = (
      <ErrorState
        title="Your tasks could not be loaded"
        message={describeRequestError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data) {
    body = <LoadingState label="Loading your tasks…" />;
  } else if (tasks.length === 0) {
    body = done ? (
      <EmptyHint
        title="No tasks done yet"
        description="Tick a task’s box when it is done; it shows here afterwards."
      />
    ) : (
      <EmptyHint
        title="Nothing to do"
        description={
          editable
            ? 'Add a task with “New task”, or from any lead, deal, person or organization: tasks assigned to you show here, overdue ones first.'
            : 'Tasks assigned to you show here, overdue ones first.'
        }
      />
    );
  } else {
    body = (
      <Stack gap="3">
        <Stack
          as="ul"
          gap="0"
          aria-label={done ? 'Done tasks' : 'Open tasks'}
          borderWidth="1px"
          borderRadius="md"
          px="4"
          bg="bg"
        >
          {ordered.map((task) => {
            const record = task.entityType ? RECORD_PATHS[task.entityType] : undefined;
            return (
              <TaskItem
                key={task.id}
                task={task}
                now={now}
                canEdit={editable}
                refusal={completion.refusals[task.id]}
                onToggle={(value) => void completion.setDone(task, value)}
                context={
                  record &&
                  task.entityId && (
                    <Link asChild colorPalette="blue" fontSize="sm">
                      <RouterLink
                        to={`/${record.path}/${task.entityId}`}
                        aria-label={`Open the ${record.name} of “${task.title}”`}
                      >
                        On a {record.name} →
                      </RouterLink>
                    </Link>
                  )
                }
              />
            );
          })}
        </Stack>
        {data.activities.pageInfo.hasNextPage && (
          <Button
            size="sm"
            variant="outline"
            alignSelf="center"
            loading={loading}
            onClick={() => void loadMore()}
          >
            Show more
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="4" maxW="4xl">
      <HStack justify="space-between" align="flex-start" flexWrap="wrap" gap="3">
        <Stack gap="0">
          <Heading as="h1" size="xl">
            Activities
          </Heading>
          <Text color="fg.muted" fontSize="sm" aria-live="polite">
            {!data
              ? 'Your tasks in this workspace.'
              : done
                ? `${tasks.length} done`
                : open === 0
                  ? 'All done.'
                  : `${open} open${overdue > 0 ? `, ${overdue} overdue` : ''}`}
          </Text>
        </Stack>
        {editable && <NewTaskDialog workspaceId={workspace.id} />}
      </HStack>
      <Group attached role="group" aria-label="Show">
        <Button
          size="sm"
          variant={done ? 'outline' : 'solid'}
          aria-pressed={!done}
          onClick={() => setDone(false)}
        >
          Open
        </Button>
        <Button
          size="sm"
          variant={done ? 'solid' : 'outline'}
          aria-pressed={done}
          onClick={() => setDone(true)}
        >
          Done
        </Button>
      </Group>
      {body}
    </Stack>
  );
}

function NewTaskDialog({ workspaceId }: { workspaceId: string }) {
  const [open, setOpen] = useState(false);
  const { createTask } = useCreateTask([MyTasksDocument]);
  return (
    <Dialog.Root open={open} onOpenChange={(details) => setOpen(details.open)} placement="center">
      <Dialog.Trigger asChild>
        <Button colorPalette="blue">New task</Button>
      </Dialog.Trigger>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content mx="3">
            <Dialog.Header>
              <Dialog.Title>New task</Dialog.Title>
            </Dialog.Header>
            <Dialog.Body pb="6">
              {open && (
                <NewTaskForm
                  autoFocus
                  withNotes
                  submitLabel="Create task"
                  onCreate={(task) => createTask({ workspaceId, ...task })}
                  onCreated={(task) => {
                    setOpen(false);
                    toaster.create({
                      type: 'success',
                      title: `Task “${task.title}” added`,
                      description: 'It is assigned to you.',
                    });
                  }}
                />
              )}
            </Dialog.Body>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
