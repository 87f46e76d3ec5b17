// Today: the next best thing to do (a tip from the recommender) and what is due today.
import { Heading, Stack, Text } from '@chakra-ui/react';
import { useWorkspace } from '../../../hooks/use-workspace.ts';
import { CurrentTip } from './current-tip.tsx';
import { TodaysActivities } from './todays-activities.tsx';

export function TodayPage() {
  const workspace = useWorkspace();
  const today = new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date());
  return (
    <Stack gap="8" maxW="3xl">
      <Stack gap="0">
        <Heading as="h1" size="xl">
          Today
        </Heading>
        <Text color="fg.muted" fontSize="sm">
          {today}
        </Text>
      </Stack>
      {/* A workspace switch starts afresh: its own tip, stream and activities. */}
      <CurrentTip key={workspace.id} workspaceId={workspace.id} />
      <TodaysActivities key={`activities-${workspace.id}`} />
    </Stack>
  );
}
