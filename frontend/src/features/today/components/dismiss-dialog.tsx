// "Dismiss": why, from a short list or in one's own words; the reason teaches the recommender and
// the API's objections show next to it.
import {
  Alert,
  Button,
  CloseButton,
  Dialog,
  Field,
  Input,
  Portal,
  RadioGroup,
  Stack,
  Text,
} from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import type { TipAnswerOutcome } from '../api/give-tip-feedback.ts';

export const DISMISS_REASONS = [
  'Not relevant to me',
  'Already taken care of',
  'The details are wrong',
  'Too many tips like this',
] as const;

const OTHER = 'other';

export function DismissDialog({
  open,
  onOpenChange,
  tipTitle,
  onDismiss,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  tipTitle: string;
  onDismiss(reason: string | undefined): Promise<TipAnswerOutcome>;
}) {
  const [choice, setChoice] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ reason?: string; form?: string }>({});
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('otherReason') ?? '').trim();
    if (choice === OTHER && !typed) {
      setErrors({ reason: 'Type your reason, or pick one from the list.' });
      return;
    }
    setErrors({});
    setSubmitting(true);
    const outcome = await onDismiss(choice === OTHER ? typed : (choice ?? undefined));
    setSubmitting(false);
    if (outcome.ok) {
      setChoice(null);
      return;
    }
    const reason = outcome.fieldErrors.reason;
    setErrors(reason ? { reason } : { form: outcome.message });
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
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Dialog.Header>
                <Dialog.Title>Dismiss this tip</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Stack gap="4">
                  <Text color="fg.muted" fontSize="sm">
                    “{tipTitle}” will not come back. Saying why helps Waymark suggest better.
                  </Text>
                  {errors.form && (
                    <Alert.Root status="error" role="alert">
                      <Alert.Indicator />
                      <Alert.Title>{errors.form}</Alert.Title>
                    </Alert.Root>
                  )}
                  <RadioGroup.Root
                    value={choice}
                    onValueChange={(details) => setChoice(details.value)}
                  >
                    <RadioGroup.Label>Why? (optional)</RadioGroup.Label>
                    <Stack gap="2" mt="2">
                      {[...DISMISS_REASONS, OTHER].map((reason) => (
                        <RadioGroup.Item key={reason} value={reason}>
                          <RadioGroup.ItemHiddenInput />
                          <RadioGroup.ItemIndicator />
                          <RadioGroup.ItemText>
                            {reason === OTHER ? 'Another reason…' : reason}
                          </RadioGroup.ItemText>
                        </RadioGroup.Item>
                      ))}
                    </Stack>
                  </RadioGroup.Root>
                  {choice === OTHER ? (
                    <Field.Root invalid={Boolean(errors.reason)}>
                      <Field.Label>Your reason</Field.Label>
                      <Input name="otherReason" maxLength={500} autoComplete="off" autoFocus />
                      <Field.ErrorText>{errors.reason}</Field.ErrorText>
                    </Field.Root>
                  ) : (
                    errors.reason && (
                      <Text color="fg.error" fontSize="sm" role="alert">
                        {errors.reason}
                      </Text>
                    )
                  )}
                </Stack>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.ActionTrigger asChild>
                  <Button variant="ghost" type="button">
                    Cancel
                  </Button>
                </Dialog.ActionTrigger>
                <Button type="submit" colorPalette="red" loading={submitting}>
                  Dismiss tip
                </Button>
              </Dialog.Footer>
            </form>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
