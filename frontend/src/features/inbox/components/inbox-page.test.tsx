import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { MockedProviderProps } from '@apollo/client/testing/react';
import { renderWithProviders } from '../../../testing/render.tsx';
import {
  conversation,
  conversationMock,
  detail,
  listMock,
  markReadMock,
  meId,
  membersMock,
  message,
} from '../testing/inbox-fixtures.ts';
import { InboxPage } from './inbox-page.tsx';

// The live stream needs a session and a server; these tests are about the list and the keys.
vi.mock('../hooks/use-live-conversations.ts', () => ({
  useLiveConversations: () => ({ live: false }),
}));

const ada = conversation('c1', 'TELEGRAM', 'Ada Lovelace', {
  unread: true,
  preview: 'Can we move the call?',
});
const grace = conversation('c2', 'EMAIL', 'Grace Hopper', {
  subject: 'Renewal quote',
  preview: 'Please find the quote attached',
  assigneeId: meId,
});
const unknown = conversation('c3', 'SLACK', null, {
  participants: [{ __typename: 'Participant', handle: 'slack:T1:U42', name: null }],
  preview: 'hi there',
});

function renderInbox(mocks: MockedProviderProps['mocks'], path = '/inbox') {
  return renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/inbox" element={<InboxPage />} />
        <Route path="/inbox/:conversationId" element={<InboxPage />} />
      </Routes>
    </MemoryRouter>,
    { mocks },
  );
}

function rows() {
  return within(screen.getByRole('list', { name: 'Conversations' })).getAllByTestId(
    'conversation-row',
  );
}

describe('the inbox', () => {
  it('lists conversations across channels with their channel and unread dot, and filters them', async () => {
    const user = userEvent.setup();
    renderInbox([
      membersMock,
      listMock([ada, grace, unknown], (filter) => !filter.channel && !filter.unread),
      listMock([ada], (filter) => filter.channel === 'TELEGRAM' && !filter.unread),
      listMock([ada], (filter) => filter.channel === 'TELEGRAM' && filter.unread === true),
    ]);

    expect(await screen.findByText('Ada Lovelace')).toBeVisible();
    const [first, second, third] = rows();
    expect(within(first!).getByRole('img', { name: 'Telegram' })).toBeInTheDocument();
    expect(within(first!).getByRole('img', { name: 'Unread' })).toBeInTheDocument();
    expect(first).toHaveTextContent('Can we move the call?');
    expect(within(second!).getByRole('img', { name: 'Email' })).toBeInTheDocument();
    expect(second).toHaveTextContent('Renewal quote');
    expect(second).toHaveTextContent('Assigned to you');
    expect(within(second!).queryByRole('img', { name: 'Unread' })).not.toBeInTheDocument();
    // An unmatched Slack sender reads as their user id.
    expect(within(third!).getByRole('img', { name: 'Slack' })).toBeInTheDocument();
    expect(third).toHaveTextContent('U42');

    const filters = screen.getByRole('group', { name: 'Filter' });
    await user.click(within(filters).getByRole('button', { name: 'Telegram' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(filters).getByRole('button', { name: 'Telegram' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(filters).getByRole('button', { name: 'Unread only' }));
    expect(within(filters).getByRole('button', { name: 'Unread only' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('Ada Lovelace');
  });

  it('explains how to connect a channel when there is nothing yet', async () => {
    renderInbox([membersMock, listMock([])]);
    expect(await screen.findByText('No conversations yet')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Settings → Connections' })).toHaveAttribute(
      'href',
      '/settings/connections',
    );
  });

  it('moves through the list with j and k, and r goes to the reply box until Escape', async () => {
    const user = userEvent.setup();
    renderInbox([
      membersMock,
      listMock([ada, grace]),
      conversationMock(detail(ada, [message('m1', 'Can we move the call to Friday?')])),
      conversationMock(
        detail(grace, [message('m2', 'Please find the quote attached', { direction: 'OUTBOUND' })]),
      ),
      markReadMock('c1'),
    ]);
    await screen.findByText('Ada Lovelace');

    await user.keyboard('j');
    expect(await screen.findByText('Can we move the call to Friday?')).toBeVisible();
    expect(screen.getByRole('link', { current: true })).toHaveTextContent('Ada Lovelace');

    await user.keyboard('j');
    expect(await screen.findByRole('heading', { name: 'Renewal quote' })).toBeVisible();
    expect(screen.getByRole('link', { current: true })).toHaveTextContent('Grace Hopper');

    await user.keyboard('k');
    expect(await screen.findByText('Can we move the call to Friday?')).toBeVisible();
    expect(screen.getByRole('link', { current: true })).toHaveTextContent('Ada Lovelace');

    await user.keyboard('r');
    const box = screen.getByRole('textbox', { name: 'Reply via Telegram' });
    expect(box).toHaveFocus();
    // Typed into the box, j is a letter of the reply, not a move.
    await user.keyboard('j');
    expect(box).toHaveValue('j');
    expect(screen.getByRole('link', { current: true })).toHaveTextContent('Ada Lovelace');

    await user.keyboard('{Escape}');
    expect(box).not.toHaveFocus();
    await user.keyboard('j');
    expect(await screen.findByRole('heading', { name: 'Renewal quote' })).toBeVisible();
  });

  it('links the participants to their records and marks edited and deleted messages', async () => {
    const base = detail(ada, [
      message('m1', 'First version', { editedAt: '2026-12-03T09:05:00.000Z' }),
      message('m2', 'gone', { deleted: true }),
      message('m3', 'See the file', {
        attachments: [
          {
            __typename: 'Attachment',
            name: 'quote.pdf',
            mime: 'application/pdf',
            size: 2048,
            url: null,
          },
          {
            __typename: 'Attachment',
            name: 'contract.pdf',
            mime: 'application/pdf',
            size: 4096,
            url: 'http://localhost:8888/files/w/m/abc?expires=1&signature=s',
          },
        ],
      }),
    ]);
    const withOrg = {
      ...base,
      participants: base.participants.map((p) => ({
        ...p,
        person: {
          __typename: 'Person' as const,
          id: 'person-c1',
          name: 'Ada Lovelace',
          organization: {
            __typename: 'Organization' as const,
            id: 'org-1',
            name: 'Analytical Engines',
          },
        },
      })),
    };
    renderInbox(
      [membersMock, listMock([ada]), conversationMock(withOrg), markReadMock('c1')],
      '/inbox/c1',
    );

    const participants = await screen.findByRole('list', { name: 'Participants' });
    expect(within(participants).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      '/people/person-c1',
    );
    expect(within(participants).getByRole('link', { name: 'Analytical Engines' })).toHaveAttribute(
      'href',
      '/organizations/org-1',
    );
    const messages = within(screen.getByRole('list', { name: 'Messages' })).getAllByTestId(
      'message',
    );
    expect(messages[0]).toHaveTextContent('(edited)');
    expect(messages[1]).toHaveTextContent('This message was deleted.');
    expect(messages[1]).not.toHaveTextContent('gone');
    expect(messages[2]).toHaveTextContent('quote.pdf (2 KB)');
    // A stored file is a download link; one not stored yet is its name only.
    const files = within(messages[2]!).getByRole('list', { name: 'Attachments' });
    expect(within(files).getByRole('link', { name: /contract\.pdf/ })).toHaveAttribute(
      'href',
      'http://localhost:8888/files/w/m/abc?expires=1&signature=s',
    );
    expect(within(files).queryByRole('link', { name: /quote\.pdf/ })).toBeNull();
  });
});
