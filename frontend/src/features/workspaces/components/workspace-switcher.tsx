// The header's workspace menu: switch workspace, create one, or manage members.
import { Button, Dialog, Menu, Portal, Text } from '@chakra-ui/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useWorkspace } from '../../../hooks/use-workspace.ts';
import { useCurrentWorkspaceStore } from '../../../stores/current-workspace.ts';
import { useMyWorkspaces } from '../api/my-workspaces.ts';
import { CreateWorkspaceForm } from './create-workspace-form.tsx';
import { MembersDialog } from './members-dialog.tsx';

const CREATE = '__create__';
const MEMBERS = '__members__';

export function WorkspaceSwitcher() {
  const current = useWorkspace();
  const { data } = useMyWorkspaces();
  const selectWorkspace = useCurrentWorkspaceStore((state) => state.selectWorkspace);
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'create' | 'members' | null>(null);

  return (
    <>
      <Menu.Root
        onSelect={({ value }) => {
          if (value === CREATE) setDialog('create');
          else if (value === MEMBERS) setDialog('members');
          else if (value !== current.id) selectWorkspace(value);
        }}
      >
        <Menu.Trigger asChild>
          <Button variant="outline" size="sm" maxW="56" aria-label={`Workspace: ${current.name}`}>
            <Text truncate>{current.name}</Text>
            <span aria-hidden>▾</span>
          </Button>
        </Menu.Trigger>
        <Portal>
          <Menu.Positioner>
            <Menu.Content minW="60">
              <Menu.ItemGroup>
                <Menu.ItemGroupLabel>Workspaces</Menu.ItemGroupLabel>
                {data?.me.workspaces.map((workspace) => (
                  <Menu.Item key={workspace.id} value={workspace.id}>
                    <Text flex="1" truncate>
                      {workspace.name}
                    </Text>
                    {workspace.id === current.id && <Menu.ItemCommand>current</Menu.ItemCommand>}
                  </Menu.Item>
                ))}
              </Menu.ItemGroup>
              <Menu.Separator />
              <Menu.Item value={MEMBERS}>Members and invites…</Menu.Item>
              <Menu.Item value={CREATE}>New workspace…</Menu.Item>
            </Menu.Content>
          </Menu.Positioner>
        </Portal>
      </Menu.Root>

      <Dialog.Root
        open={dialog === 'create'}
        onOpenChange={({ open }) => setDialog(open ? 'create' : null)}
        placement="center"
      >
        <Portal>
          <Dialog.Backdrop />
          <Dialog.Positioner>
            <Dialog.Content>
              <Dialog.Header>
                <Dialog.Title>New workspace</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body pb="6">
                <CreateWorkspaceForm
                  onCreated={() => {
                    setDialog(null);
                    void navigate('/pipeline');
                  }}
                />
              </Dialog.Body>
              <Dialog.CloseTrigger />
            </Dialog.Content>
          </Dialog.Positioner>
        </Portal>
      </Dialog.Root>

      <MembersDialog
        open={dialog === 'members'}
        onOpenChange={(open) => setDialog(open ? 'members' : null)}
      />
    </>
  );
}
