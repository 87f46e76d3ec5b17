// The signed-in user's profile and notification preferences (private to them, the same in every
// workspace), and saving them.
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { UpdateNotificationPreferencesInput } from '../../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import type { SavedPreferences } from '../preferences-form.ts';

export const SettingsPreferencesDocument = graphql(`
  query SettingsPreferences {
    me {
      id
      email
    }
    notificationPreferences {
      timeZone
      quietStart
      quietEnd
      inApp
      email
      dailyEmailCap
      updatedAt
    }
  }
`);

export const UpdateNotificationPreferencesDocument = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      __typename
      ... on UpdateNotificationPreferencesSuccess {
        preferences {
          timeZone
          quietStart
          quietEnd
          inApp
          email
          dailyEmailCap
          updatedAt
        }
      }
      ...ApiErrorFields
    }
  }
`);

export const PREFERENCE_FIELD_LABELS = {
  timeZone: 'The time zone',
  quietStart: 'The start of quiet hours',
  quietEnd: 'The end of quiet hours',
  dailyEmailCap: 'The daily email cap',
  inApp: 'In-app notifications',
  email: 'Email notifications',
};

export function useSettingsPreferences() {
  return useQuery(SettingsPreferencesDocument, { fetchPolicy: 'cache-and-network' });
}

export function useUpdateNotificationPreferences() {
  const [mutate, state] = useMutation(UpdateNotificationPreferencesDocument, {
    refetchQueries: ({ data }) =>
      data?.updateNotificationPreferences.__typename === 'UpdateNotificationPreferencesSuccess'
        ? [SettingsPreferencesDocument]
        : [],
    awaitRefetchQueries: true,
  });
  async function updatePreferences(
    input: UpdateNotificationPreferencesInput,
  ): Promise<MutationOutcome<SavedPreferences>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(
        data?.updateNotificationPreferences,
        (r) =>
          r.__typename === 'UpdateNotificationPreferencesSuccess' ? r.preferences : undefined,
        PREFERENCE_FIELD_LABELS,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { updatePreferences, saving: state.loading };
}
