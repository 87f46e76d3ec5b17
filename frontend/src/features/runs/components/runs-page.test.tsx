import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testWorkspace } from '../../../testing/render.tsx';
import { AutomationRunsDocument, RUNS_PAGE_SIZE } from '../api/automation-runs.ts';
import { RunsPage } from './runs-page.tsx';

function page(nodes: unknown[]) {
  return {
    data: {
      automationRuns: {
        __typename: 'QueryAutomationRunsConnection',
        edges: nodes.map((node) => ({ __typename: 'QueryAutomationRunsConnectionEdge', node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  };
}

const completedRun = {
  __typename: 'AutomationRun',
  id: '00000000-0000-4000-8000-0000000000b1',
  functionId: 'review-new-deal',
  functionName: 'Review your new deal',
  status: 'COMPLETED',
  attempts: 1,
  createdAt: '2026-03-01T10:00:00.000Z',
  startedAt: '2026-03-01T10:00:01.000Z',
  endedAt: '2026-03-01T10:00:02.000Z',
  durationMs: 1000,
  replayOf: null,
  triggerEvent: {
    __typename: 'AutomationEvent',
    name: 'crm/deal.assigned',
    ts: '2026-03-01T10:00:00.000Z',
    data: {},
  },
};

function variables(statuses: string[] | null) {
  return {
    workspaceId: testWorkspace.id,
    filter: statuses ? { statuses } : null,
    first: RUNS_PAGE_SIZE,
    after: null,
  };
}

describe('the runs list', () => {
  it('filters by the statuses in the address, says when none match, and shows all again', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <MemoryRouter initialEntries={['/runs?status=failed']}>
        <Routes>
          <Route path="/runs" element={<RunsPage />} />
        </Routes>
      </MemoryRouter>,
      {
        mocks: [
          {
            request: { query: AutomationRunsDocument, variables: variables(['FAILED']) },
            result: page([]),
          },
          {
            request: { query: AutomationRunsDocument, variables: variables(null) },
            result: page([completedRun]),
          },
        ],
      },
    );

    expect(await screen.findByText('No runs with these statuses')).toBeVisible();
    const filter = screen.getByRole('group', { name: 'Filter by status' });
    expect(within(filter).getByRole('button', { name: 'Failed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Show all runs' }));

    const row = (await screen.findByRole('link', { name: 'Review your new deal' })).closest('li')!;
    expect(row).toHaveTextContent('Completed');
    expect(row).toHaveTextContent('Triggered by crm/deal.assigned');
    expect(within(filter).getByRole('button', { name: 'All statuses' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
