import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { UpdateWorkflowStepDocument } from '../api/update-step.ts';
import { StepEditDialog } from './step-edit-dialog.tsx';

const step = {
  id: '00000000-0000-4000-8000-0000000000c1',
  name: 'Proposal',
  defaultProbability: 0.6,
  expectedDwellDays: 10,
  metadata: { onEnter: { tasks: [{ title: 'Send proposal', dueInDays: 2 }] } },
};

function savedStep(overrides: Record<string, unknown>) {
  return {
    __typename: 'WorkflowStep',
    key: 'proposal',
    position: 3,
    isInitial: false,
    isFinal: false,
    status: {
      __typename: 'Status',
      id: 'st1',
      name: 'Proposal',
      category: 'OPEN',
      color: '#D69E2E',
    },
    ...step,
    ...overrides,
  };
}

async function openEditor() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Edit step Proposal' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit step Proposal' });
  return { user, dialog };
}

describe('the step editor', () => {
  it('says what is wrong next to each field and task before asking the API', async () => {
    renderWithProviders(<StepEditDialog step={step} />);
    const { user, dialog } = await openEditor();

    await user.clear(within(dialog).getByLabelText('Win probability (%)'));
    await user.type(within(dialog).getByLabelText('Win probability (%)'), 'most');
    await user.click(within(dialog).getByRole('button', { name: 'Add a task' }));
    await user.type(within(dialog).getByLabelText('Task 2 due in (days)'), '-1');
    await user.click(within(dialog).getByRole('button', { name: 'Save step' }));

    expect(
      await within(dialog).findByText('Enter a percentage from 0 to 100, like 40.'),
    ).toBeVisible();
    expect(within(dialog).getByLabelText('Win probability (%)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(dialog).getByText('Give the task a title, or remove it.')).toBeVisible();
    expect(
      within(dialog).getByText(
        'Enter whole days from 0 to 365, or leave it empty for no due date.',
      ),
    ).toBeVisible();
    expect(within(dialog).getByLabelText('Task 1 title')).not.toHaveAttribute('aria-invalid');
  });

  it('shows the API’s field errors next to the fields they concern', async () => {
    renderWithProviders(<StepEditDialog step={step} />, {
      mocks: [
        {
          request: {
            query: UpdateWorkflowStepDocument,
            variables: { input: { id: step.id, expectedDwellDays: 99_999 } },
          },
          result: {
            data: {
              updateWorkflowStep: {
                __typename: 'ValidationError',
                message: 'input.expectedDwellDays: must be at most 5000',
                code: 'VALIDATION_FAILED',
                fieldErrors: [
                  {
                    __typename: 'FieldError',
                    path: ['input', 'expectedDwellDays'],
                    message: 'must be at most 5000',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const { user, dialog } = await openEditor();
    await user.clear(within(dialog).getByLabelText('Expected dwell (days)'));
    await user.type(within(dialog).getByLabelText('Expected dwell (days)'), '99999');
    await user.click(within(dialog).getByRole('button', { name: 'Save step' }));

    expect(
      await within(dialog).findByText('The expected dwell must be at most 5000.'),
    ).toBeVisible();
    expect(within(dialog).getByLabelText('Expected dwell (days)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('saves the changed fields, tasks included, and closes', async () => {
    renderWithProviders(<StepEditDialog step={step} />, {
      mocks: [
        {
          request: {
            query: UpdateWorkflowStepDocument,
            variables: {
              input: {
                id: step.id,
                name: 'Offer',
                metadata: {
                  onEnter: {
                    tasks: [{ title: 'Send proposal', dueInDays: 2 }, { title: 'Call the buyer' }],
                  },
                },
              },
            },
          },
          result: {
            data: {
              updateWorkflowStep: {
                __typename: 'UpdateWorkflowStepSuccess',
                step: savedStep({ name: 'Offer' }),
              },
            },
          },
        },
      ],
    });
    const { user, dialog } = await openEditor();
    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), 'Offer');
    await user.click(within(dialog).getByRole('button', { name: 'Add a task' }));
    await user.type(within(dialog).getByLabelText('Task 2 title'), 'Call the buyer');
    await user.click(within(dialog).getByRole('button', { name: 'Save step' }));

    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
  });
});
