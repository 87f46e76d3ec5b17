import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { AddWorkflowTransitionDocument } from '../api/add-transition.ts';
import type { WorkflowStep } from '../workflow-types.ts';
import { AddTransitionForm } from './add-transition-form.tsx';

const versionId = '00000000-0000-4000-8000-0000000000d1';

function step(id: string, name: string, position: number): WorkflowStep {
  return {
    id,
    key: name.toLowerCase(),
    name,
    position,
    isInitial: position === 0,
    isFinal: false,
    defaultProbability: 0.1,
    expectedDwellDays: null,
    metadata: {},
    status: { id: `status-${id}`, name, category: 'OPEN', color: '#3182CE' },
  };
}

const steps = [
  step('00000000-0000-4000-8000-0000000000e1', 'Qualification', 0),
  step('00000000-0000-4000-8000-0000000000e2', 'Discovery', 1),
];

describe('adding a transition', () => {
  it('asks for another step than the one the move leaves', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <AddTransitionForm versionId={versionId} steps={steps} entityType="DEAL" />,
    );
    await user.selectOptions(screen.getByLabelText('From'), 'Qualification');
    await user.selectOptions(screen.getByLabelText('To'), 'Qualification');
    await user.click(screen.getByRole('button', { name: 'Add transition' }));
    expect(
      await screen.findByText('Choose another step than the one the move leaves.'),
    ).toBeVisible();
  });

  it('shows the API’s errors next to the step and the field they concern', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <AddTransitionForm versionId={versionId} steps={steps} entityType="DEAL" />,
      {
        mocks: [
          {
            request: {
              query: AddWorkflowTransitionDocument,
              variables: {
                input: {
                  versionId,
                  fromStepId: steps[0]!.id,
                  toStepId: steps[1]!.id,
                  requiredFields: ['amount', '2fast'],
                },
              },
            },
            result: {
              data: {
                addWorkflowTransition: {
                  __typename: 'ValidationError',
                  message: 'input.toStepId: this transition already exists',
                  code: 'VALIDATION_FAILED',
                  fieldErrors: [
                    {
                      __typename: 'FieldError',
                      path: ['input', 'toStepId'],
                      message: 'this transition already exists',
                    },
                    {
                      __typename: 'FieldError',
                      path: ['input', 'requiredFields', '1'],
                      message: 'is not a field name',
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    );
    await user.selectOptions(screen.getByLabelText('From'), 'Qualification');
    await user.selectOptions(screen.getByLabelText('To'), 'Discovery');
    await user.type(screen.getByLabelText('Required fields (optional)'), 'amount, 2fast');
    await user.click(screen.getByRole('button', { name: 'Add transition' }));

    expect(await screen.findByText('This transition already exists.')).toBeVisible();
    expect(screen.getByText('A required field is not a field name.')).toBeVisible();
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
  });
});
