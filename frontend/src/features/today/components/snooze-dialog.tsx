// "Snooze until…": a preset (in 1 hour, tomorrow 9:00, next Monday 9:00) answers at once; or a
// date and time of one's own. The API's objections show next to the choice they concern.
import {
  Alert,
  Button,
  CloseButton,
  Dialog,
  Field,
  HStack,
  Input,
  Portal,
  Stack,
  Text,
} from '@chakra-ui/react';
import { type FormEvent, useMemo, useState } from 'react';
import type { TipAnswerOutcome } from '../api/give-tip-feedback.ts';
import {
  formatSnoozeTime,
  parseCustomSnooze,
  snoozePresets,
  toDateTimeLocalValue,
} from '../snooze-presets.ts';

type Errors = { custom?: string; form?: string };

export function SnoozeDialog({
  open,
  onOpenChange,
  tipTitle,
  onSnooze,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  tipTitle: string;
  onSnooze(until: Date): Promise<TipAnswerOutcome>;
}) {
  // The presets are counted from when the dialog opens.
  const now = useMemo(() => new Date(), [open]);
  const presets = useMemo(() => snoozePresets(now), [now]);
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState<string | null>(null);

  async function snooze(until: Date, source: 'preset' | 'custom', id: string) {
    setErrors({});
    setPending(id);
    const outcome = await onSnooze(until);
    setPending(null);
    if (outcome.ok) return;
    const fieldError = outcome.fieldErrors.snoozeUntil;
    setErrors(
      source === 'custom' && fieldError
        ? { custom: fieldError }
        : { form: fieldError ?? outcome.message },
    );
  }

  function submitCustom(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('until') ?? '');
    const parsed = parseCustomSnooze(value, new Date());
    if (!parsed.ok) {
      setErrors({ custom: parsed.message });
      return;
    }
    void snooze(parsed.until, 'custom', 'custom');
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(details) => {
        onOpenChange(details.open);
        setErrors({});
      }}
      placement="center"
    >
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content mx="3">
            <Dialog.Header>
              <Dialog.Title>Snooze this tip</Dialog.Title>
            </Dialog.Header>
            <Dialog.Body>
              <Stack gap="4">
                <Text color="fg.muted" fontSize="sm">
                  “{tipTitle}” comes back at the time you pick.
                </Text>
                {errors.form && (
                  <Alert.Root status="error" role="alert">
                    <Alert.Indicator />
                    <Alert.Title>{errors.form}</Alert.Title>
                  </Alert.Root>
                )}
                <Stack gap="2" role="group" aria-label="Snooze until">
                  {presets.map((preset) => (
                    <Button
                      key={preset.id}
                      variant="outline"
                      justifyContent="space-between"
                      loading={pending === preset.id}
                      disabled={pending !== null}
                      onClick={() => void snooze(preset.until, 'preset', preset.id)}
                    >
                      <span>{preset.label}</span>
                      <Text as="span" color="fg.muted" fontSize="sm" fontWeight="normal">
                        {formatSnoozeTime(preset.until)}
                      </Text>
                    </Button>
                  ))}
                </Stack>
                <form
                  onSubmit={submitCustom}
                  noValidate
                  aria-label="Snooze until a time of your own"
                >
                  <HStack align="flex-end" gap="2" flexWrap={{ base: 'wrap', sm: 'nowrap' }}>
                    <Field.Root invalid={Boolean(errors.custom)} flex="1">
                      <Field.Label>Or pick a date and time</Field.Label>
                      <Input
                        name="until"
                        type="datetime-local"
                        min={toDateTimeLocalValue(now)}
                        defaultValue={toDateTimeLocalValue(presets[1]!.until)}
                      />
                    </Field.Root>
                    <Button
                      type="submit"
                      colorPalette="blue"
                      loading={pending === 'custom'}
                      disabled={pending !== null}
                    >
                      Snooze
                    </Button>
                  </HStack>
                  {errors.custom && (
                    <Text color="fg.error" fontSize="sm" mt="1" role="alert">
                      {errors.custom}
                    </Text>
                  )}
                </form>
              </Stack>
            </Dialog.Body>
            <Dialog.Footer>
              <Dialog.ActionTrigger asChild>
                <Button variant="ghost">Cancel</Button>
              </Dialog.ActionTrigger>
            </Dialog.Footer>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
