// Settings: who is signed in, how and when to be notified, what was delivered lately, and where
// the workspace's conversations come from (Connections, a page of its own).
import { Heading, Link, Separator, Stack, Text } from '@chakra-ui/react';
import { Link as RouterLink } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useSettingsPreferences } from '../api/notification-preferences.ts';
import { DeliveryLogSection } from './delivery-log.tsx';
import { NotificationPreferencesForm } from './notification-preferences-form.tsx';

export function SettingsPage() {
  const { data, error, refetch } = useSettingsPreferences();

  let preferences;
  if (error && !data) {
    preferences = (
      <ErrorState
        title="Your settings could not be loaded"
        message={describeRequestError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data) {
    preferences = <LoadingState label="Loading your settings…" />;
  } else {
    preferences = <NotificationPreferencesForm saved={data.notificationPreferences} />;
  }

  return (
    <Stack gap="8" maxW="4xl">
      <Stack gap="0">
        <Heading as="h1" size="xl">
          Settings
        </Heading>
        <Text color="fg.muted" fontSize="sm">
          Yours alone, the same in every workspace.
        </Text>
      </Stack>

      <Stack as="section" gap="2" aria-labelledby="profile-heading">
        <Heading as="h2" size="md" id="profile-heading">
          Profile
        </Heading>
        <Text>
          Signed in as{' '}
          <Text as="strong" data-testid="settings-email">
            {data?.me.email ?? '…'}
          </Text>
        </Text>
        <Text fontSize="sm" color="fg.muted">
          Sign out from the top bar.
        </Text>
      </Stack>

      <Separator />

      <Stack as="section" gap="4" aria-labelledby="notifications-heading">
        <Heading as="h2" size="md" id="notifications-heading">
          Notifications
        </Heading>
        {preferences}
      </Stack>

      <Separator />

      <DeliveryLogSection />

      <Separator />

      <Stack as="section" gap="2" aria-labelledby="connections-heading">
        <Heading as="h2" size="md" id="connections-heading">
          Connections
        </Heading>
        <Text>
          Slack, Telegram and email for this workspace:{' '}
          <Link asChild color="blue.700">
            <RouterLink to="/settings/connections">manage connections</RouterLink>
          </Link>
          .
        </Text>
      </Stack>
    </Stack>
  );
}
