// The dialog both connection forms sit in ("Connect Slack", "Update credentials"): a trigger, a
// title, a line on what to enter, the refusal that belongs to no field, the fields themselves,
// and Cancel / submit. Closing it (either way) calls onOpenChange(false) so the form forgets
// the secrets typed into it.
import {
  Alert,
  Button,
  type ButtonProps,
  CloseButton,
  Dialog,
  Portal,
  Stack,
  Text,
} from '@chakra-ui/react';
import type { FormEvent, ReactNode } from 'react';

export function ConnectionFormDialog({
  triggerLabel,
  triggerSize,
  title,
  intro,
  formError,
  submitLabel,
  busy,
  open,
  onOpenChange,
  onSubmit,
  scrollBehavior = 'outside',
  children,
}: {
  triggerLabel: string;
  triggerSize: ButtonProps['size'];
  title: string;
  intro: ReactNode;
  formError: string | undefined;
  submitLabel: string;
  busy: boolean;
  open: boolean;
  onOpenChange(open: boolean): void;
  onSubmit(event: FormEvent<HTMLFormElement>): Promise<void>;
  /** `inside` scrolls the body rather than the page, for a form taller than the screen. */
  scrollBehavior?: 'inside' | 'outside';
  children: ReactNode;
}) {
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(details) => onOpenChange(details.open)}
      placement="center"
      scrollBehavior={scrollBehavior}
    >
      <Dialog.Trigger asChild>
        <Button size={triggerSize} variant="outline">
          {triggerLabel}
        </Button>
      </Dialog.Trigger>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <form onSubmit={(event) => void onSubmit(event)} noValidate>
              <Dialog.Header>
                <Dialog.Title>{title}</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Stack gap="4">
                  <Text fontSize="sm" color="fg.muted">
                    {intro}
                  </Text>
                  {formError && (
                    <Alert.Root status="error" role="alert">
                      <Alert.Indicator />
                      <Alert.Title>{formError}</Alert.Title>
                    </Alert.Root>
                  )}
                  {children}
                </Stack>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.ActionTrigger asChild>
                  <Button variant="outline" type="button">
                    Cancel
                  </Button>
                </Dialog.ActionTrigger>
                <Button type="submit" colorPalette="blue" loading={busy}>
                  {submitLabel}
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
