import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { PublishWorkflowDocument } from '../api/publish-workflow.ts';
import type { WorkflowStep, WorkflowTransition } from '../workflow-types.ts';
import { PublishPanel } from './publish-panel.tsx';

const draftId = '00000000-0000-4000-8000-0000000000f2';

function step(id: string, name: string, flags: Partial<WorkflowStep> = {}): WorkflowStep {
  return {
    id,
    key: id,
    name,
    position: 0,
    isInitial: false,
    isFinal: false,
    defaultProbability: 0,
    expectedDwellDays: null,
    metadata: {},
    status: { id: `status-${id}`, name, category: 'OPEN', color: '#3182CE' },
    ...flags,
  };
}

function transition(from: string, to: string): WorkflowTransition {
  return {
    id: `${from}-${to}`,
    requiredFields: [],
    allowedRoles: [],
    fromStep: { id: from },
    toStep: { id: to },
  };
}

describe('the publish panel', () => {
  it('shows which checks the draft fails, and the server’s reasons when it refuses to publish', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <PublishPanel
        draft={{
          id: draftId,
          version: 2,
          steps: [
            step('new', 'New', { isInitial: true }),
            step('open', 'Open'),
            step('done', 'Done', { isFinal: true }),
          ],
          transitions: [transition('new', 'done')],
        }}
        activeVersion={1}
        entityType="TICKET"
        onPublished={() => undefined}
      />,
      {
        mocks: [
          {
            request: {
              query: PublishWorkflowDocument,
              variables: { input: { versionId: draftId } },
            },
            result: {
              data: {
                publishWorkflow: {
                  __typename: 'ValidationError',
                  message: 'input.versionId: not reachable from the initial step: Open',
                  code: 'VALIDATION_FAILED',
                  fieldErrors: [
                    {
                      __typename: 'FieldError',
                      path: ['input', 'versionId'],
                      message: 'not reachable from the initial step: Open',
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    );

    const checks = screen.getByRole('list', { name: 'Publish checks' });
    expect(checks).toHaveTextContent('Exactly one initial step: passed');
    expect(checks).toHaveTextContent(
      'Every step reachable from the initial step: not yet. No path of moves from New leads to Open.',
    );
    expect(screen.getByText('1 check does not pass yet.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Publish version 2' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Publish version 2?' });
    expect(dialog).toHaveTextContent(
      'Tickets already in the workflow keep following version 1’s transitions until they are migrated.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('The draft cannot be published yet.');
    expect(refusal).toHaveTextContent('Not reachable from the initial step: Open.');
  });
});
