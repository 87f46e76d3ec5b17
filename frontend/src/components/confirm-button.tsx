// A button that asks before it acts (cancelling a run, deleting a connection). The dialog stays
// open with the reason when the action fails.
import { Alert, Button, type ButtonProps, Dialog, Portal, Text } from '@chakra-ui/react';
import { useState } from 'react';

export function ConfirmButton({
  label,
  title,
  description,
  confirmLabel,
  keepLabel = 'Back',
  colorPalette,
  size = 'sm',
  busy,
  onConfirm,
}: {
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  keepLabel?: string;
  colorPalette: string;
  /** The trigger button's size; the dialog's buttons keep theirs. */
  size?: ButtonProps['size'];
  busy: boolean;
  /** Resolves to an error message, or undefined when the action was done. */
  onConfirm(): Promise<string | undefined>;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm() {
    setError(undefined);
    const failure = await onConfirm();
    if (failure) setError(failure);
    else setOpen(false);
  }

  return (
    <Dialog.Root
      role="alertdialog"
      open={open}
      onOpenChange={(details) => {
        setOpen(details.open);
        if (details.open) setError(undefined);
      }}
      placement="center"
    >
      <Dialog.Trigger asChild>
        <Button size={size} variant="outline" colorPalette={colorPalette}>
          {label}
        </Button>
      </Dialog.Trigger>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content mx="3">
            <Dialog.Header>
              <Dialog.Title>{title}</Dialog.Title>
            </Dialog.Header>
            <Dialog.Body>
              <Text>{description}</Text>
              {error && (
                <Alert.Root status="error" mt="4" role="alert">
                  <Alert.Indicator />
                  <Alert.Title>{error}</Alert.Title>
                </Alert.Root>
              )}
            </Dialog.Body>
            <Dialog.Footer>
              <Dialog.ActionTrigger asChild>
                <Button variant="outline">{keepLabel}</Button>
              </Dialog.ActionTrigger>
              <Button colorPalette={colorPalette} loading={busy} onClick={() => void confirm()}>
                {confirmLabel}
              </Button>
            </Dialog.Footer>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
