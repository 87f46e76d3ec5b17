// Time zone, quiet hours, channels and the daily email cap; saved together. Field errors (ours
// and the API's) show next to their fields.
import {
  Alert,
  Box,
  Button,
  Field,
  Fieldset,
  HStack,
  Input,
  NativeSelect,
  Stack,
  Switch,
  Text,
} from '@chakra-ui/react';
import { type FormEvent, useMemo, useState } from 'react';
import { useUpdateNotificationPreferences } from '../api/notification-preferences.ts';
import {
  browserTimeZone,
  checkPreferencesForm,
  formFromPreferences,
  MAX_DAILY_EMAIL_CAP,
  type PreferencesFormValues,
  type SavedPreferences,
  timeZoneLabel,
  timeZoneOptions,
} from '../preferences-form.ts';

type Errors = Partial<Record<keyof PreferencesFormValues | 'form', string>>;

export function NotificationPreferencesForm({ saved }: { saved: SavedPreferences }) {
  const [values, setValues] = useState(() => formFromPreferences(saved));
  const [errors, setErrors] = useState<Errors>({});
  const [savedMessage, setSavedMessage] = useState('');
  const { updatePreferences, saving } = useUpdateNotificationPreferences();
  const zones = useMemo(() => {
    const now = new Date();
    return timeZoneOptions(values.timeZone, saved.timeZone, browserTimeZone()).map((zone) => ({
      zone,
      label: timeZoneLabel(zone, now),
    }));
    // Built once: a zone picked from the list is in it already.
  }, []);

  function set<K extends keyof PreferencesFormValues>(key: K, value: PreferencesFormValues[K]) {
    setValues((was) => ({ ...was, [key]: value }));
    setSavedMessage('');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSavedMessage('');
    const checked = checkPreferencesForm(values);
    if (!checked.ok) {
      setErrors(checked.fieldErrors);
      return;
    }
    setErrors({});
    const outcome = await updatePreferences(checked.input);
    if (outcome.ok) {
      setValues(formFromPreferences(outcome.value));
      setSavedMessage('Your notification settings are saved.');
      return;
    }
    const fieldErrors = outcome.fieldErrors as Errors;
    const placed = Object.keys(fieldErrors).some((key) => key in values);
    setErrors({ ...fieldErrors, form: placed ? undefined : outcome.message });
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Notification settings">
      <Stack gap="5" maxW="xl">
        {!saved.updatedAt && (
          <Text fontSize="sm" color="fg.muted">
            These are the defaults, with your browser&apos;s time zone filled in. Save to keep them.
          </Text>
        )}
        {errors.form && (
          <Alert.Root status="error" role="alert">
            <Alert.Indicator />
            <Alert.Title>{errors.form}</Alert.Title>
          </Alert.Root>
        )}

        <Field.Root invalid={Boolean(errors.timeZone)}>
          <Field.Label>Time zone</Field.Label>
          <NativeSelect.Root>
            <NativeSelect.Field
              name="timeZone"
              value={values.timeZone}
              onChange={(event) => set('timeZone', event.currentTarget.value)}
            >
              {zones.map(({ zone, label }) => (
                <option key={zone} value={zone}>
                  {label}
                </option>
              ))}
            </NativeSelect.Field>
            <NativeSelect.Indicator />
          </NativeSelect.Root>
          {errors.timeZone ? (
            <Field.ErrorText>{errors.timeZone}</Field.ErrorText>
          ) : (
            <Field.HelperText>Quiet hours and the daily cap are counted in it.</Field.HelperText>
          )}
        </Field.Root>

        <Fieldset.Root>
          <Fieldset.Legend fontWeight="medium">Quiet hours</Fieldset.Legend>
          <Fieldset.HelperText fontSize="xs">
            No email goes out between these times; it waits until they end. Leave both empty for
            none. An end before the start spans midnight.
          </Fieldset.HelperText>
          <HStack align="flex-start" gap="3" mt="2" flexWrap={{ base: 'wrap', sm: 'nowrap' }}>
            <Field.Root invalid={Boolean(errors.quietStart)} flex="1" minW="36">
              <Field.Label>Quiet from</Field.Label>
              <Input
                type="time"
                name="quietStart"
                value={values.quietStart}
                onChange={(event) => set('quietStart', event.currentTarget.value)}
              />
              <Field.ErrorText>{errors.quietStart}</Field.ErrorText>
            </Field.Root>
            <Field.Root invalid={Boolean(errors.quietEnd)} flex="1" minW="36">
              <Field.Label>Quiet until</Field.Label>
              <Input
                type="time"
                name="quietEnd"
                value={values.quietEnd}
                onChange={(event) => set('quietEnd', event.currentTarget.value)}
              />
              <Field.ErrorText>{errors.quietEnd}</Field.ErrorText>
            </Field.Root>
          </HStack>
          {(values.quietStart || values.quietEnd) && (
            <Button
              type="button"
              variant="ghost"
              size="xs"
              alignSelf="flex-start"
              onClick={() => {
                set('quietStart', '');
                set('quietEnd', '');
              }}
            >
              Clear quiet hours
            </Button>
          )}
        </Fieldset.Root>

        <Fieldset.Root>
          <Fieldset.Legend fontWeight="medium">Channels</Fieldset.Legend>
          <Stack gap="3" mt="2">
            <ChannelSwitch
              label="In-app notifications"
              hint="New tips appear on Today as they arrive."
              checked={values.inApp}
              onChange={(checked) => set('inApp', checked)}
            />
            <ChannelSwitch
              label="Email notifications"
              hint="Tips and reminders by email, outside quiet hours."
              checked={values.email}
              onChange={(checked) => set('email', checked)}
            />
          </Stack>
        </Fieldset.Root>

        <Field.Root invalid={Boolean(errors.dailyEmailCap)} maxW="xs">
          <Field.Label>Emails a day, at most</Field.Label>
          <Input
            type="number"
            name="dailyEmailCap"
            inputMode="numeric"
            min={0}
            max={MAX_DAILY_EMAIL_CAP}
            step={1}
            value={values.dailyEmailCap}
            onChange={(event) => set('dailyEmailCap', event.currentTarget.value)}
          />
          {errors.dailyEmailCap ? (
            <Field.ErrorText>{errors.dailyEmailCap}</Field.ErrorText>
          ) : (
            <Field.HelperText>
              From 0 to {MAX_DAILY_EMAIL_CAP}; beyond it, emails wait for the next day.
            </Field.HelperText>
          )}
        </Field.Root>

        <HStack gap="3" flexWrap="wrap">
          <Button type="submit" colorPalette="blue" loading={saving}>
            Save notification settings
          </Button>
          <Box role="status" aria-live="polite">
            {savedMessage && (
              <Text fontSize="sm" color="green.700">
                {savedMessage}
              </Text>
            )}
          </Box>
        </HStack>
      </Stack>
    </form>
  );
}

function ChannelSwitch({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <Stack gap="0.5">
      <Switch.Root
        checked={checked}
        onCheckedChange={(details) => onChange(details.checked)}
        colorPalette="blue"
      >
        <Switch.HiddenInput />
        <Switch.Control />
        <Switch.Label>{label}</Switch.Label>
      </Switch.Root>
      <Text fontSize="xs" color="fg.muted" ps="10">
        {hint}
      </Text>
    </Stack>
  );
}
