import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testWorkspace } from '../../testing/render.tsx';
import { CompleteActivityInPlaceDocument, RecordTasksDocument } from '../../api/records/tasks.ts';
import { TasksSection } from './tasks-section.tsx';

const leadId = '00000000-0000-4000-8000-0000000000a1';
const taskId = '00000000-0000-4000-8000-0000000000b1';

const tasksMock = {
  request: {
    query: RecordTasksDocument,
    variables: { workspaceId: testWorkspace.id, entityType: 'LEAD', entityId: leadId },
  },
  result: {
    data: {
      activities: {
        __typename: 'QueryActivitiesConnection',
        edges: [
          {
            __typename: 'QueryActivitiesConnectionEdge',
            node: {
              __typename: 'Activity',
              id: taskId,
              kind: 'TASK',
              title: 'Call Jane back',
              body: null,
              done: false,
              doneAt: null,
              dueAt: null,
              overdue: false,
              createdAt: '2026-03-01T09:00:00.000Z',
              assigneeId: null,
              entityType: 'LEAD',
              entityId: leadId,
            },
          },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
};

function completionMock(answer: Record<string, unknown>) {
  return {
    request: { query: CompleteActivityInPlaceDocument, variables: { input: { id: taskId } } },
    // Long enough for the optimistic answer to show before the server's.
    delay: 100,
    result: { data: { completeActivity: answer } },
  };
}

function renderSection(answer: Record<string, unknown>) {
  renderWithProviders(
    <TasksSection workspaceId={testWorkspace.id} entityType="LEAD" entityId={leadId} canEdit />,
    { mocks: [tasksMock, completionMock(answer)] },
  );
}

describe('completing a task in place', () => {
  it('shows the task done at once, and keeps it done when the API agrees', async () => {
    const user = userEvent.setup();
    renderSection({
      __typename: 'CompleteActivitySuccess',
      activity: {
        __typename: 'Activity',
        id: taskId,
        done: true,
        doneAt: '2026-03-04T10:00:00.000Z',
        overdue: false,
      },
    });
    const checkbox = await screen.findByRole('checkbox', { name: 'Call Jane back' });
    expect(checkbox).not.toBeChecked();

    await user.click(checkbox);
    expect(checkbox).toBeChecked();
    expect(await screen.findByText('All done.')).toBeInTheDocument();
    expect(await screen.findByText(/^Done on Mar 4/)).toBeInTheDocument();
    expect(checkbox).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts the task back as it was, and says why, when the API refuses', async () => {
    const user = userEvent.setup();
    renderSection({
      __typename: 'ForbiddenError',
      message: 'Your role in this workspace cannot make this change',
      code: 'FORBIDDEN',
    });
    const checkbox = await screen.findByRole('checkbox', { name: 'Call Jane back' });

    await user.click(checkbox);
    expect(checkbox).toBeChecked();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Call Jane back” was not completed: Your role in this workspace cannot make this change.',
    );
    expect(checkbox).not.toBeChecked();
    expect(screen.getByText('1 open')).toBeInTheDocument();
  });
});
