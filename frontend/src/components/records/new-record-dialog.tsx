// "New lead", "New person", …: a button that opens the record's form in a dialog.
import { Button, CloseButton, Dialog, Portal } from '@chakra-ui/react';
import { type ReactNode, useState } from 'react';

export function NewRecordDialog({
  title,
  children,
}: {
  /** The button's and the dialog's name: "New lead". */
  title: string;
  /** The form; `close` closes the dialog (after a save, or on cancel). */
  children(close: () => void): ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(details) => setOpen(details.open)}
      placement="center"
      scrollBehavior="inside"
    >
      <Dialog.Trigger asChild>
        <Button colorPalette="blue">{title}</Button>
      </Dialog.Trigger>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content mx="3">
            <Dialog.Header>
              <Dialog.Title>{title}</Dialog.Title>
            </Dialog.Header>
            {/* A fresh form each time the dialog opens. */}
            <Dialog.Body pb="6">{open && children(() => setOpen(false))}</Dialog.Body>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
