// "Make X the live policy?": a confirmation with an optional reason, kept with the promotion.
// Only owners and admins may promote; the API's refusal is shown in words.
import {
  Alert,
  Button,
  CloseButton,
  Dialog,
  Field,
  Portal,
  Stack,
  Text,
  Textarea,
} from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import { toaster } from '../../../components/toaster.tsx';
import type { PolicyName } from '../../../gql/graphql.ts';
import { usePromotePolicy } from '../api/promote-policy.ts';
import { POLICY_DESCRIPTIONS, POLICY_LABELS } from '../policy-words.ts';

export function PromoteDialog({
  workspaceId,
  policy,
  livePolicy,
  summary,
  onClose,
}: {
  workspaceId: string;
  /** The policy to promote; null when the dialog is closed. */
  policy: PolicyName | null;
  livePolicy: PolicyName;
  /** Its estimate in words, to decide on. */
  summary?: string;
  onClose(): void;
}) {
  const { promotePolicy, promoting } = usePromotePolicy();
  const [errors, setErrors] = useState<{ reason?: string; form?: string }>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!policy) return;
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    setErrors({});
    const outcome = await promotePolicy({
      workspaceId,
      policy,
      ...(reason ? { reason } : {}),
    });
    if (outcome.ok) {
      onClose();
      toaster.create({
        type: 'success',
        title: `${POLICY_LABELS[outcome.value.livePolicy]} is now the live policy`,
        description: `${POLICY_LABELS[livePolicy]} keeps learning as a shadow, so you can switch back.`,
      });
      return;
    }
    if (outcome.error?.__typename === 'ForbiddenError') {
      setErrors({
        form: `${outcome.message.replace(/\.$/, '')}: ask an owner or admin of this workspace to promote it.`,
      });
      return;
    }
    const { reason: reasonError } = outcome.fieldErrors;
    setErrors(reasonError ? { reason: reasonError } : { form: outcome.message });
  }

  const label = policy ? POLICY_LABELS[policy] : '';
  return (
    <Dialog.Root
      open={policy !== null}
      onOpenChange={(details) => {
        if (!details.open) onClose();
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
                <Dialog.Title>Make {label} the live policy?</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Stack gap="4">
                  {errors.form && (
                    <Alert.Root status="error" role="alert">
                      <Alert.Indicator />
                      <Alert.Title>{errors.form}</Alert.Title>
                    </Alert.Root>
                  )}
                  <Text>
                    From the next tip on, {label} decides the tips everyone in this workspace sees.{' '}
                    {POLICY_LABELS[livePolicy]} becomes a shadow and keeps learning, so you can
                    switch back.
                  </Text>
                  {policy && (
                    <Text color="fg.muted" fontSize="sm">
                      {POLICY_DESCRIPTIONS[policy]}
                      {summary ? ` ${summary}` : ''}
                    </Text>
                  )}
                  <Field.Root invalid={Boolean(errors.reason)}>
                    <Field.Label>Reason (optional)</Field.Label>
                    <Textarea
                      name="reason"
                      maxLength={2000}
                      rows={3}
                      placeholder="Leads on DR with a tight interval over 200 tips"
                    />
                    {errors.reason ? (
                      <Field.ErrorText>{errors.reason}</Field.ErrorText>
                    ) : (
                      <Field.HelperText>
                        Kept with the promotion and the report it rests on.
                      </Field.HelperText>
                    )}
                  </Field.Root>
                </Stack>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.ActionTrigger asChild>
                  <Button variant="outline" type="button">
                    Cancel
                  </Button>
                </Dialog.ActionTrigger>
                <Button type="submit" colorPalette="blue" loading={promoting}>
                  Promote {label}
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
