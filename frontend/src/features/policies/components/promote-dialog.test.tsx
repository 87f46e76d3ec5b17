import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testWorkspace } from '../../../testing/render.tsx';
import { PromotePolicyDocument } from '../api/promote-policy.ts';
import { PromoteDialog } from './promote-dialog.tsx';

const promote = (input: Record<string, unknown>, promotePolicy: Record<string, unknown>) => ({
  request: { query: PromotePolicyDocument, variables: { input } },
  result: { data: { promotePolicy } },
});

describe('promoting a policy', () => {
  it('says in words that only owners and admins may, and keeps the dialog open', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithProviders(
      <PromoteDialog
        workspaceId={testWorkspace.id}
        policy="LINUCB"
        livePolicy="RULES"
        onClose={onClose}
      />,
      {
        workspace: { ...testWorkspace, role: 'MEMBER' },
        mocks: [
          promote(
            { workspaceId: testWorkspace.id, policy: 'LINUCB', reason: 'Leads on DR' },
            {
              __typename: 'ForbiddenError',
              message: 'Only admins may promote a policy',
              code: 'FORBIDDEN',
            },
          ),
        ],
      },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Make LinUCB the live policy?' });
    await user.type(screen.getByLabelText('Reason (optional)'), 'Leads on DR');
    await user.click(screen.getByRole('button', { name: 'Promote LinUCB' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only admins may promote a policy: ask an owner or admin of this workspace to promote it.',
    );
    expect(dialog).toBeVisible();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes once the API confirms, without a reason when none is given', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithProviders(
      <PromoteDialog
        workspaceId={testWorkspace.id}
        policy="LINUCB"
        livePolicy="RULES"
        onClose={onClose}
      />,
      {
        mocks: [
          promote(
            { workspaceId: testWorkspace.id, policy: 'LINUCB' },
            {
              __typename: 'PromotePolicySuccess',
              report: {
                __typename: 'PolicyReport',
                workspaceId: testWorkspace.id,
                livePolicy: 'LINUCB',
              },
            },
          ),
        ],
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Promote LinUCB' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
