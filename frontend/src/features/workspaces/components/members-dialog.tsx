// The workspace's members, and a form to add someone who has signed up, with a role.
import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Dialog,
  Field,
  HStack,
  Input,
  List,
  NativeSelect,
  Portal,
  Stack,
  Text,
} from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import { canManageMembers, useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import {
  AddWorkspaceMemberInput,
  useAddWorkspaceMember,
  WORKSPACE_ROLES,
} from '../api/add-workspace-member.ts';
import { useWorkspaceMembers } from '../../../hooks/use-workspace-members.ts';

const ROLE_NAMES: Record<(typeof WORKSPACE_ROLES)[number], string> = {
  VIEWER: 'Viewer: reads everything',
  MEMBER: 'Member: edits records',
  ADMIN: 'Admin: also manages members',
  OWNER: 'Owner: everything',
};

export function MembersDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const workspace = useWorkspace();
  const { members, loading, error } = useWorkspaceMembers(workspace.id, { skip: !open });

  return (
    <Dialog.Root open={open} onOpenChange={(details) => onOpenChange(details.open)} size="md">
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <Dialog.Header>
              <Dialog.Title>Members of {workspace.name}</Dialog.Title>
            </Dialog.Header>
            <Dialog.Body>
              <Stack gap="6">
                {error && <Text color="fg.error">{describeRequestError(error)}</Text>}
                {loading && members.length === 0 ? (
                  <Text color="fg.muted">Loading members…</Text>
                ) : (
                  <List.Root variant="plain" gap="2" aria-label="Members">
                    {members.map((member) => (
                      <List.Item key={member.userId} justifyContent="space-between">
                        <Text truncate>{member.email}</Text>
                        <Badge>{member.role.toLowerCase()}</Badge>
                      </List.Item>
                    ))}
                  </List.Root>
                )}
                {canManageMembers(workspace.role) ? (
                  <InviteMemberForm workspaceId={workspace.id} />
                ) : (
                  <Text color="fg.muted">Owners and admins can add members.</Text>
                )}
              </Stack>
            </Dialog.Body>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}

function InviteMemberForm({ workspaceId }: { workspaceId: string }) {
  const { addMember, adding } = useAddWorkspaceMember();
  const [emailError, setEmailError] = useState('');
  const [message, setMessage] = useState<{ status: 'success' | 'error'; text: string } | null>(
    null,
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setEmailError('');
    setMessage(null);
    const parsed = AddWorkspaceMemberInput.safeParse({
      workspaceId,
      email: String(form.get('email') ?? '').trim(),
      role: form.get('role'),
    });
    if (!parsed.success) {
      setEmailError(parsed.error.issues[0]?.message ?? 'Check the email.');
      return;
    }
    const outcome = await addMember(parsed.data);
    if (outcome.ok) {
      formElement.reset();
      setMessage({
        status: 'success',
        text: `${outcome.value.email} is now ${article(outcome.value.role)} ${outcome.value.role.toLowerCase()} of this workspace.`,
      });
    } else if (outcome.fieldErrors.email) {
      setEmailError(outcome.fieldErrors.email);
    } else {
      setMessage({ status: 'error', text: outcome.message });
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Invite a member">
      <Stack gap="3" borderTopWidth="1px" pt="4">
        <Text fontWeight="semibold">Invite a member</Text>
        <Text color="fg.muted" fontSize="sm">
          They need a Waymark account first: ask them to sign up with this email.
        </Text>
        {message && (
          <Alert.Root status={message.status}>
            <Alert.Indicator />
            <Alert.Title>{message.text}</Alert.Title>
          </Alert.Root>
        )}
        <HStack align="flex-start" gap="3" flexWrap={{ base: 'wrap', sm: 'nowrap' }}>
          <Field.Root invalid={Boolean(emailError)} flex="2">
            <Field.Label>Email</Field.Label>
            <Input name="email" type="email" placeholder="sam@example.com" />
            <Field.ErrorText>{emailError}</Field.ErrorText>
          </Field.Root>
          <Field.Root flex="1" minW="40">
            <Field.Label>Role</Field.Label>
            <NativeSelect.Root>
              <NativeSelect.Field name="role" defaultValue="MEMBER">
                {WORKSPACE_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_NAMES[role]}
                  </option>
                ))}
              </NativeSelect.Field>
              <NativeSelect.Indicator />
            </NativeSelect.Root>
          </Field.Root>
        </HStack>
        <Button type="submit" colorPalette="blue" loading={adding} alignSelf="flex-start">
          Add member
        </Button>
      </Stack>
    </form>
  );
}

function article(role: string): string {
  return /^[aeiou]/i.test(role) ? 'an' : 'a';
}
