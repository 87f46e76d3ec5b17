import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { MockedProviderProps } from '@apollo/client/testing/react';
import { renderWithProviders, testWorkspace } from '../../../testing/render.tsx';
import { GiveTipFeedbackDocument } from '../api/give-tip-feedback.ts';
import { NextTipDocument } from '../api/next-tip.ts';
import { RequestNextTipDocument } from '../api/request-next-tip.ts';
import { CurrentTip } from './current-tip.tsx';

// The live stream needs a session and a server; these tests are about answering.
vi.mock('../hooks/use-live-tips.ts', () => ({ useLiveTips: () => ({ live: false }) }));

const workspaceId = testWorkspace.id;

function tip(id: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Tip' as const,
    id,
    kind: 'DEAL_WITHOUT_NEXT_ACTIVITY' as const,
    title,
    detail: `${title}: it has no open activity.`,
    entityType: 'DEAL' as const,
    entityId: 'deal-1',
    status: 'OPEN' as const,
    policy: 'RULES' as const,
    createdAt: '2026-06-03T10:00:00.000Z',
    ...extra,
  };
}

const nextTipIs = (nextTip: ReturnType<typeof tip> | null) => ({
  request: { query: NextTipDocument, variables: { workspaceId } },
  result: { data: { nextTip } },
});

/** The answer to asking for the next tip: the tip decided (or kept open), or null. */
const decisionIs = (decided: ReturnType<typeof tip> | null) => ({
  request: { query: RequestNextTipDocument, variables: { input: { workspaceId } } },
  result: {
    data: {
      requestNextTip: {
        __typename: 'RequestNextTipSuccess',
        decision: { __typename: 'TipDecision', tip: decided },
      },
    },
  },
});

const feedback = (
  matcher: (input: Record<string, unknown>) => boolean,
  giveTipFeedback: Record<string, unknown>,
) => ({
  request: {
    query: GiveTipFeedbackDocument,
    variables: (variables: { input: Record<string, unknown> }) => matcher(variables.input),
  },
  result: { data: { giveTipFeedback } },
});

const success = (id: string, status: string) => ({
  __typename: 'GiveTipFeedbackSuccess',
  tip: { __typename: 'Tip', id, status, snoozedUntil: null, decidedAt: '2026-06-03T10:05:00.000Z' },
});

function renderTip(mocks: MockedProviderProps['mocks']) {
  return renderWithProviders(
    <MemoryRouter>
      <CurrentTip workspaceId={workspaceId} />
    </MemoryRouter>,
    { mocks },
  );
}

describe('the current tip', () => {
  it('shows the tip with its kind and a link to its deal', async () => {
    renderTip([nextTipIs(tip('t1', 'Plan the next step for Globex'))]);
    expect(
      await screen.findByRole('heading', { name: 'Plan the next step for Globex' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No next step')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open the deal/ })).toHaveAttribute(
      'href',
      '/deals/deal-1',
    );
    expect(screen.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-keyshortcuts', 'd');
  });

  it('shows a reply tip as "Reply", naming the person who waits and linking to their deal', async () => {
    renderTip([
      nextTipIs(
        tip('t1', 'Reply to Ada Lovelace', {
          kind: 'REPLY_MESSAGE',
          detail: 'Ada Lovelace wrote 5 h ago about Acme renewal: “Any news on the renewal?”',
        }),
      ),
    ]);
    expect(
      await screen.findByRole('heading', { name: 'Reply to Ada Lovelace' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Reply')).toBeInTheDocument();
    expect(screen.getByText(/Ada Lovelace wrote 5 h ago about Acme renewal/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open the deal/ })).toHaveAttribute(
      'href',
      '/deals/deal-1',
    );
  });

  it('marks it done with the d key, then shows the next tip', async () => {
    const user = userEvent.setup();
    renderTip([
      nextTipIs(tip('t1', 'Plan the next step for Globex')),
      feedback((input) => input.tipId === 't1' && input.reaction === 'DONE', success('t1', 'DONE')),
      decisionIs(
        tip('t2', 'Log what you did this week', {
          kind: 'ADVICE',
          entityType: null,
          entityId: null,
        }),
      ),
    ]);
    await screen.findByRole('heading', { name: 'Plan the next step for Globex' });
    await user.keyboard('d');
    expect(
      await screen.findByRole('heading', { name: 'Log what you did this week' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Marked “Plan the next step for Globex” done.',
    );
    expect(screen.getByText('Advice')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Open/ })).not.toBeInTheDocument();
  });

  it('asks for a decision when no tip is open on arrival, and shows the tip decided', async () => {
    renderTip([nextTipIs(null), decisionIs(tip('t1', 'Plan the next step for Globex'))]);
    expect(
      await screen.findByRole('heading', { name: 'Plan the next step for Globex' }),
    ).toBeInTheDocument();
  });

  it('says the next tip could not be decided, and asks again on retry', async () => {
    const user = userEvent.setup();
    renderTip([
      nextTipIs(null),
      {
        request: { query: RequestNextTipDocument, variables: { input: { workspaceId } } },
        result: {
          data: {
            requestNextTip: {
              __typename: 'ForbiddenError',
              message: 'You are not a member of this workspace.',
              code: 'FORBIDDEN',
            },
          },
        },
      },
      decisionIs(tip('t1', 'Follow up on Initech')),
    ]);
    expect(await screen.findByText('Your next tip could not be loaded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Try again/ }));
    expect(
      await screen.findByRole('heading', { name: 'Follow up on Initech' }),
    ).toBeInTheDocument();
  });

  it('says what to do next when there is nothing to suggest', async () => {
    renderTip([nextTipIs(null), decisionIs(null)]);
    expect(await screen.findByText('Nothing to suggest right now')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the pipeline' })).toHaveAttribute(
      'href',
      '/pipeline',
    );
  });

  it('says a tip was answered before, and moves on to the next', async () => {
    const user = userEvent.setup();
    renderTip([
      nextTipIs(tip('t1', 'Follow up on Initech')),
      feedback(() => true, {
        __typename: 'AlreadyDecidedError',
        message: 'already answered',
        code: 'ALREADY_DECIDED',
        tipId: 't1',
        status: 'DONE',
      }),
      decisionIs(null),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You answered this tip before: it is already marked done.',
    );
    expect(await screen.findByText('Nothing to suggest right now')).toBeInTheDocument();
  });

  it('shows the API’s objection to a snooze time next to the time', async () => {
    const user = userEvent.setup();
    renderTip([
      nextTipIs(tip('t1', 'Follow up on Initech')),
      feedback((input) => input.reaction === 'SNOOZE', {
        __typename: 'ValidationError',
        message: 'input.snoozeUntil: must be within 90 days',
        code: 'VALIDATION_FAILED',
        fieldErrors: [
          {
            __typename: 'FieldError',
            path: ['input', 'snoozeUntil'],
            message: 'must be within 90 days',
          },
        ],
      }),
    ]);
    await screen.findByRole('heading', { name: 'Follow up on Initech' });
    await user.keyboard('s');
    const dialog = await screen.findByRole('dialog', { name: 'Snooze this tip' });
    await user.click(within(dialog).getByRole('button', { name: 'Snooze' }));
    expect(
      await within(dialog).findByText('The snooze time must be within 90 days.'),
    ).toBeInTheDocument();
  });

  it('snoozes with a preset and says until when', async () => {
    const user = userEvent.setup();
    renderTip([
      nextTipIs(tip('t1', 'Follow up on Initech')),
      feedback(
        (input) =>
          input.reaction === 'SNOOZE' &&
          Math.abs(Date.parse(String(input.snoozeUntil)) - Date.now() - 3_600_000) < 60_000,
        success('t1', 'SNOOZED'),
      ),
      decisionIs(null),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Snooze…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Snooze this tip' });
    await user.click(within(dialog).getByRole('button', { name: /^In 1 hour/ }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/Snoozed “Follow up on Initech” until/),
    );
    expect(await screen.findByText('Nothing to suggest right now')).toBeInTheDocument();
  });

  it('dismisses with a typed reason', async () => {
    const user = userEvent.setup();
    renderTip([
      nextTipIs(tip('t1', 'Follow up on Initech')),
      feedback(
        (input) => input.reaction === 'DISMISS' && input.reason === 'Initech went bust',
        success('t1', 'DISMISSED'),
      ),
      decisionIs(null),
    ]);
    await screen.findByRole('heading', { name: 'Follow up on Initech' });
    await user.keyboard('x');
    const dialog = await screen.findByRole('dialog', { name: 'Dismiss this tip' });
    await user.click(within(dialog).getByText('Another reason…'));
    await user.type(within(dialog).getByLabelText('Your reason'), 'Initech went bust');
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss tip' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Dismissed “Follow up on Initech”.'),
    );
  });
});
