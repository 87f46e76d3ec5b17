import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testWorkspace } from '../../../testing/render.tsx';
import { CreateDealDocument } from '../api/create-deal.ts';
import { NewDealDialog } from './new-deal-dialog.tsx';

const workflowId = '00000000-0000-4000-8000-0000000000f1';

describe('the new deal dialog', () => {
  it('shows the API’s field errors next to their fields', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <NewDealDialog
        workspaceId={testWorkspace.id}
        workflowId={workflowId}
        initialStepName="Qualification"
      />,
      {
        mocks: [
          {
            request: {
              query: CreateDealDocument,
              variables: {
                input: {
                  workspaceId: testWorkspace.id,
                  workflowId,
                  name: '',
                  amount: '-5',
                  assigneeId: null,
                },
              },
            },
            result: {
              data: {
                createDeal: {
                  __typename: 'ValidationError',
                  message: 'input.name: is required',
                  code: 'VALIDATION_FAILED',
                  fieldErrors: [
                    { __typename: 'FieldError', path: ['input', 'name'], message: 'is required' },
                    {
                      __typename: 'FieldError',
                      path: ['input', 'amount'],
                      message: 'must not be negative',
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    );

    await user.click(screen.getByRole('button', { name: 'New deal' }));
    await user.type(await screen.findByLabelText('Amount'), '-5');
    await user.click(screen.getByRole('button', { name: 'Create deal' }));

    expect(await screen.findByText('The name is required.')).toBeInTheDocument();
    expect(screen.getByText('The amount must not be negative.')).toBeInTheDocument();
    expect(screen.getByLabelText('Amount')).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks that the amount is a number before asking the API', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <NewDealDialog
        workspaceId={testWorkspace.id}
        workflowId={workflowId}
        initialStepName={undefined}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'New deal' }));
    await user.type(await screen.findByLabelText('Name'), 'Globex');
    await user.type(screen.getByLabelText('Amount'), 'lots');
    await user.click(screen.getByRole('button', { name: 'Create deal' }));
    expect(
      await screen.findByText('Enter the amount as a number, like 12000.'),
    ).toBeInTheDocument();
  });

  it('asks for whole cents before asking the API', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <NewDealDialog
        workspaceId={testWorkspace.id}
        workflowId={workflowId}
        initialStepName={undefined}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'New deal' }));
    await user.type(await screen.findByLabelText('Name'), 'Globex');
    await user.type(screen.getByLabelText('Amount'), '12000.505');
    await user.click(screen.getByRole('button', { name: 'Create deal' }));
    expect(
      await screen.findByText('Enter the amount in whole cents, like 12000.50.'),
    ).toBeInTheDocument();
  });
});
