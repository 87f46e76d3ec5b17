import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../testing/render.tsx';
import {
  ConnectionDeadLettersDocument,
  DEAD_LETTERS_PAGE_SIZE,
  ReplayDeadLetterDocument,
} from '../api/dead-letters.ts';
import { DeadLettersList } from './dead-letters-list.tsx';

const letter = {
  __typename: 'DeadLetter',
  id: 'dead-1',
  source: 'webhook',
  externalId: '900001',
  error: 'message.chat: Required',
  createdAt: '2026-12-03T08:00:00.000Z',
  replayedAt: null,
  replayCount: 0,
  resolvedAt: null,
};

describe('the dead letters', () => {
  it('replays one through ingestion when asked', async () => {
    const user = userEvent.setup();
    const replay = vi.fn(() => ({
      data: {
        replayDeadLetter: {
          __typename: 'ReplayDeadLetterSuccess',
          deadLetter: {
            ...letter,
            replayCount: 1,
            replayedAt: '2026-12-03T09:00:00.000Z',
            resolvedAt: '2026-12-03T09:00:00.000Z',
          },
        },
      },
    }));
    renderWithProviders(<DeadLettersList connectionId="connection-1" />, {
      mocks: [
        {
          request: {
            query: ConnectionDeadLettersDocument,
            variables: { id: 'connection-1', first: DEAD_LETTERS_PAGE_SIZE },
          },
          result: {
            data: {
              connection: {
                __typename: 'Connection',
                id: 'connection-1',
                deadLetters: {
                  __typename: 'DeadLetterConnection',
                  edges: [{ __typename: 'DeadLetterEdge', node: letter }],
                  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                },
              },
            },
          },
        },
        {
          request: { query: ReplayDeadLetterDocument, variables: { input: { id: 'dead-1' } } },
          result: replay,
        },
      ],
    });

    const row = await screen.findByTestId('dead-letter');
    expect(row).toHaveTextContent('message.chat: Required');
    await user.click(screen.getByRole('button', { name: 'Replay' }));

    expect(await screen.findByText('Sent to ingestion again.')).toBeVisible();
    expect(replay).toHaveBeenCalledTimes(1);
    expect(row).toHaveTextContent('replayed once');
    expect(row).toHaveTextContent('Resolved');
  });
});
