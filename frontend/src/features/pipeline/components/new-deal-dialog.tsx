// "New deal": a name, an amount and who works it (you, by default); the API's field errors
// show next to their fields.
import { Alert, Button, CloseButton, Dialog, Field, Input, Portal, Stack } from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import { AssigneeSelect, UNASSIGNED } from '../../../components/assignee-select.tsx';
import { toaster } from '../../../components/toaster.tsx';
import { useWorkspaceMembers } from '../../../hooks/use-workspace-members.ts';
import { NewDealForm, useCreateDeal } from '../api/create-deal.ts';

type Errors = Partial<Record<'name' | 'amount' | 'assignee' | 'form', string>>;

export function NewDealDialog({
  workspaceId,
  workflowId,
  initialStepName,
}: {
  workspaceId: string;
  workflowId: string;
  initialStepName: string | undefined;
}) {
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const { createDeal, creating } = useCreateDeal();
  const { members, meId } = useWorkspaceMembers(workspaceId);
  /** Undefined until the user picks: then the default is themself. */
  const [assignee, setAssignee] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors({});
    const parsed = NewDealForm.safeParse({
      name: String(form.get('name') ?? ''),
      amount: String(form.get('amount') ?? ''),
    });
    if (!parsed.success) {
      setErrors({ amount: parsed.error.issues[0]?.message });
      return;
    }
    const assigneeId = assignee ?? meId ?? UNASSIGNED;
    const outcome = await createDeal({
      workspaceId,
      workflowId,
      ...parsed.data,
      assigneeId: assigneeId === UNASSIGNED ? null : assigneeId,
    });
    if (outcome.ok) {
      setOpen(false);
      toaster.create({
        type: 'success',
        title: `${outcome.value.name} added`,
        description: initialStepName ? `It starts in ${initialStepName}.` : undefined,
      });
      return;
    }
    const { name, amount, assigneeId: assigneeError, ...others } = outcome.fieldErrors;
    const unplaced = Object.keys(others).length > 0 || (!name && !amount && !assigneeError);
    setErrors({
      name,
      amount,
      assignee: assigneeError,
      form: unplaced ? outcome.message : undefined,
    });
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(details) => {
        setOpen(details.open);
        if (details.open) {
          setErrors({});
          setAssignee(undefined);
        }
      }}
      placement="center"
    >
      <Dialog.Trigger asChild>
        <Button colorPalette="blue">New deal</Button>
      </Dialog.Trigger>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Dialog.Header>
                <Dialog.Title>New deal</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Stack gap="4">
                  {errors.form && (
                    <Alert.Root status="error">
                      <Alert.Indicator />
                      <Alert.Title>{errors.form}</Alert.Title>
                    </Alert.Root>
                  )}
                  <Field.Root invalid={Boolean(errors.name)}>
                    <Field.Label>Name</Field.Label>
                    <Input name="name" placeholder="Globex renewal" autoComplete="off" />
                    <Field.ErrorText>{errors.name}</Field.ErrorText>
                  </Field.Root>
                  <Field.Root invalid={Boolean(errors.amount)}>
                    <Field.Label>Amount</Field.Label>
                    <Input
                      name="amount"
                      inputMode="decimal"
                      placeholder="12000"
                      autoComplete="off"
                    />
                    {errors.amount ? (
                      <Field.ErrorText>{errors.amount}</Field.ErrorText>
                    ) : (
                      <Field.HelperText>
                        In US dollars. Optional until the proposal.
                      </Field.HelperText>
                    )}
                  </Field.Root>
                  <AssigneeSelect
                    members={members}
                    meId={meId}
                    value={assignee ?? meId ?? UNASSIGNED}
                    onChange={setAssignee}
                    error={errors.assignee}
                  />
                </Stack>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.ActionTrigger asChild>
                  <Button variant="outline" type="button">
                    Cancel
                  </Button>
                </Dialog.ActionTrigger>
                <Button type="submit" colorPalette="blue" loading={creating}>
                  Create deal
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
