import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { AutomationRunDocument } from '../api/automation-run.ts';
import { CancelAutomationRunDocument } from '../api/cancel-run.ts';
import { ReplayAutomationRunDocument } from '../api/replay-run.ts';
import { RunPage } from './run-page.tsx';

const RUN_ID = '00000000-0000-4000-8000-0000000000a1';
const NEW_RUN_ID = '00000000-0000-4000-8000-0000000000a2';

function runStep(name: string, startedAt: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'AutomationRunStep',
    stepId: `hash-${name}`,
    name,
    op: 'StepRun',
    status: 'completed',
    attempts: 1,
    startedAt,
    endedAt: startedAt,
    durationMs: 12,
    output: { created: true },
    error: null,
    ...extra,
  };
}

function automationRun(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AutomationRun',
    id: RUN_ID,
    functionId: 'review-new-deal',
    functionName: 'Review your new deal',
    status: 'COMPLETED',
    attempts: 1,
    createdAt: '2026-03-01T10:00:00.000Z',
    startedAt: '2026-03-01T10:00:01.000Z',
    endedAt: '2026-03-01T10:00:02.000Z',
    durationMs: 1000,
    replayOf: null,
    workspaceId: '00000000-0000-4000-8000-000000000001',
    output: { id: 'task-1', created: true },
    error: null,
    triggerEvent: {
      __typename: 'AutomationEvent',
      name: 'crm/deal.assigned',
      ts: '2026-03-01T10:00:00.000Z',
      data: { dealId: 'd1', assigneeId: 'u1' },
    },
    steps: [runStep('create-review-task', '2026-03-01T10:00:01.500Z')],
    ...overrides,
  };
}

function renderRunPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <MemoryRouter initialEntries={[`/runs/${RUN_ID}`]}>
      <Routes>
        <Route path="/runs/:runId" element={<RunPage />} />
      </Routes>
    </MemoryRouter>,
    { mocks },
  );
}

describe('a run’s page', () => {
  it('shows a completed run’s steps in the order they ran, with their status and output, and says why it cannot be replayed', async () => {
    renderRunPage([
      {
        request: { query: AutomationRunDocument, variables: { id: RUN_ID } },
        result: {
          data: {
            automationRun: automationRun({
              steps: [
                runStep('create-tasks', '2026-03-01T10:00:01.800Z'),
                runStep('read-step-rules', '2026-03-01T10:00:01.200Z', {
                  status: 'planned',
                  attempts: 1,
                  output: null,
                  error: {
                    __typename: 'AutomationError',
                    name: 'Error',
                    message: 'db down',
                    stack: null,
                  },
                }),
              ],
            }),
          },
        },
      },
    ]);

    expect(await screen.findByRole('heading', { name: 'Review your new deal' })).toBeVisible();
    expect(screen.getByTestId('run-status')).toHaveTextContent('Completed');
    const timeline = screen.getByRole('list', { name: 'Run timeline' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Triggered by crm/deal.assigned',
      'Started',
      'read-step-rules',
      'create-tasks',
      'Completed',
    ]);
    expect(items[2]).toHaveTextContent('Failed once, will retry');
    expect(items[3]).toHaveTextContent('Completed');
    expect(within(items[2]!).getByText('db down')).toBeVisible();
    expect(within(items[3]!).getByText(/"created": true/)).toBeVisible();
    expect(screen.getByText('Only failed runs can be replayed; this one completed.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Replay run' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel run' })).toBeNull();
  });

  it('replays a failed run after asking, and links to the new run', async () => {
    const user = userEvent.setup();
    const failed = automationRun({
      status: 'FAILED',
      output: null,
      error: { __typename: 'AutomationError', name: 'Error', message: 'boom', stack: 'at x' },
    });
    renderRunPage([
      {
        request: { query: AutomationRunDocument, variables: { id: RUN_ID } },
        result: { data: { automationRun: failed } },
      },
      {
        request: { query: ReplayAutomationRunDocument, variables: { input: { runId: RUN_ID } } },
        result: {
          data: {
            replayAutomationRun: {
              __typename: 'ReplayAutomationRunSuccess',
              run: automationRun({
                id: NEW_RUN_ID,
                status: 'QUEUED',
                replayOf: RUN_ID,
                startedAt: null,
                endedAt: null,
                durationMs: null,
                output: null,
                steps: [],
              }),
            },
          },
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Replay run' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replay this run?' });
    expect(dialog).toHaveTextContent('Its steps run again');
    await user.click(within(dialog).getByRole('button', { name: 'Replay run' }));

    expect(await screen.findByText('Replay started')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the new run' })).toHaveAttribute(
      'href',
      `/runs/${NEW_RUN_ID}`,
    );
  });

  it('asks before cancelling a running run, and says why when the run ended meanwhile', async () => {
    const user = userEvent.setup();
    const running = automationRun({ status: 'RUNNING', endedAt: null, output: null, steps: [] });
    renderRunPage([
      {
        request: { query: AutomationRunDocument, variables: { id: RUN_ID } },
        result: { data: { automationRun: running } },
        maxUsageCount: 10,
      },
      {
        request: { query: CancelAutomationRunDocument, variables: { input: { runId: RUN_ID } } },
        result: {
          data: {
            cancelAutomationRun: {
              __typename: 'ValidationError',
              message: 'input.runId: the run has already completed',
              code: 'VALIDATION_FAILED',
              fieldErrors: [
                {
                  __typename: 'FieldError',
                  path: ['input', 'runId'],
                  message: 'the run has already completed',
                },
              ],
            },
          },
        },
      },
    ]);

    expect(await screen.findByText('No step has started yet.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Replay run' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel run' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel this run?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel run' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The run has already completed.',
    );
  });

  it('says so when the run does not exist or is not the user’s to see', async () => {
    renderRunPage([
      {
        request: { query: AutomationRunDocument, variables: { id: RUN_ID } },
        result: { data: { automationRun: null } },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Run not found' })).toBeVisible();
  });
});
