// Below the tip: the user's open activities due today or overdue, overdue first, each ticked off
// in place (it shows as done at once; if the API refuses, it comes back and says why).
import { Badge, Box, Checkbox, Heading, HStack, Link, Stack, Text } from '@chakra-ui/react';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { EmptyHint, ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { toaster } from '../../../components/toaster.tsx';
import { useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useCompleteActivity } from '../api/complete-activity.ts';
import { useMyOpenActivities } from '../api/todays-activities.ts';
import { describeDue, dueByToday } from '../due-today.ts';
import { recordLinkOf } from '../tip-words.ts';

const KIND_LABELS: Record<string, string> = {
  CALL: 'Call',
  EMAIL: 'Email',
  MEETING: 'Meeting',
  NOTE: 'Note',
  TASK: 'Task',
};

export function TodaysActivities() {
  const workspace = useWorkspace();
  const { data, error, refetch } = useMyOpenActivities(workspace.id);
  const completeActivity = useCompleteActivity();
  const now = new Date();
  const items = useMemo(
    () => dueByToday(data?.activities.edges.map((edge) => edge.node) ?? [], new Date()),
    [data],
  );

  async function complete(activity: { id: string; title: string }) {
    const outcome = await completeActivity(activity.id);
    if (!outcome.ok) {
      toaster.create({
        type: 'error',
        title: `“${activity.title}” is still open`,
        description: outcome.message,
        closable: true,
      });
    }
  }

  let body;
  if (error && !data) {
    body = (
      <ErrorState
        title="Your activities could not be loaded"
        message={describeRequestError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data) {
    body = <LoadingState label="Loading your activities…" />;
  } else if (items.length === 0) {
    body = (
      <EmptyHint
        title="Nothing due today"
        description="Tasks, calls and meetings assigned to you show here on the day they are due, and stay until you tick them off."
      />
    );
  } else {
    body = (
      <Stack as="ul" gap="2" listStyleType="none" aria-label="Activities due today or overdue">
        {items.map((activity) => {
          const link = recordLinkOf({
            entityType: activity.entityType,
            entityId: activity.entityId,
          });
          const overdue = !activity.done && activity.overdue;
          return (
            <Box
              as="li"
              key={activity.id}
              borderWidth="1px"
              borderRadius="md"
              px="3"
              py="2"
              borderColor={overdue ? 'red.200' : 'border'}
            >
              <HStack justify="space-between" align="flex-start" gap="3" flexWrap="wrap">
                <Checkbox.Root
                  checked={activity.done}
                  disabled={activity.done}
                  onCheckedChange={({ checked }) => {
                    if (checked === true) void complete(activity);
                  }}
                  alignItems="flex-start"
                >
                  <Checkbox.HiddenInput />
                  <Checkbox.Control mt="0.5" />
                  <Checkbox.Label
                    textDecoration={activity.done ? 'line-through' : undefined}
                    color={activity.done ? 'fg.muted' : undefined}
                  >
                    {activity.title}
                  </Checkbox.Label>
                </Checkbox.Root>
                <HStack gap="2" fontSize="sm" flexWrap="wrap">
                  <Badge variant="subtle">{KIND_LABELS[activity.kind] ?? activity.kind}</Badge>
                  {activity.dueAt && (
                    <Text color={overdue ? 'fg.error' : 'fg.muted'}>
                      {activity.done ? 'Done' : describeDue(activity.dueAt, now)}
                    </Text>
                  )}
                  {link && (
                    <Link asChild colorPalette="blue">
                      <RouterLink to={link.to}>{link.label}</RouterLink>
                    </Link>
                  )}
                </HStack>
              </HStack>
            </Box>
          );
        })}
      </Stack>
    );
  }

  return (
    <Stack as="section" gap="3" aria-labelledby="todays-activities-heading">
      <Heading as="h2" size="md" id="todays-activities-heading">
        Due today
      </Heading>
      {body}
    </Stack>
  );
}
