import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { SendReplyDocument } from '../api/send-reply.ts';
import { ReplyBox } from './reply-box.tsx';

function sendReplyAnswers(text: string, reply: Record<string, unknown>) {
  const result = vi.fn(() => ({
    data: {
      sendReply: {
        __typename: 'SendReplySuccess',
        reply: {
          __typename: 'Reply',
          id: 'reply-1',
          text,
          createdAt: '2026-12-03T10:00:00.000Z',
          sentAt: null,
          error: null,
          ...reply,
        },
      },
    },
  }));
  return {
    result,
    mock: {
      request: {
        query: SendReplyDocument,
        variables: { input: { conversationId: 'c1', text } },
      },
      result,
    },
  };
}

describe('the reply box', () => {
  it('sends with Ctrl+Enter and shows the reply as queued', async () => {
    const user = userEvent.setup();
    const { mock, result } = sendReplyAnswers('Friday works', { status: 'QUEUED' });
    renderWithProviders(<ReplyBox conversationId="c1" channel="TELEGRAM" replies={[]} />, {
      mocks: [mock],
    });

    const box = screen.getByRole('textbox', { name: 'Reply via Telegram' });
    await user.type(box, 'Friday works');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const reply = await screen.findByTestId('reply');
    expect(result).toHaveBeenCalledTimes(1);
    expect(reply).toHaveTextContent('Friday works');
    expect(reply).toHaveTextContent('Queued');
    expect(box).toHaveValue('');
  });

  it('says when a reply failed, with the channel’s reason', async () => {
    const user = userEvent.setup();
    const { mock } = sendReplyAnswers('Are you there?', {
      status: 'FAILED',
      error: 'Forbidden: bot was blocked by the user',
    });
    renderWithProviders(<ReplyBox conversationId="c1" channel="TELEGRAM" replies={[]} />, {
      mocks: [mock],
    });

    await user.type(screen.getByRole('textbox', { name: 'Reply via Telegram' }), 'Are you there?');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    const reply = await screen.findByTestId('reply');
    expect(reply).toHaveTextContent('Failed');
    expect(within(reply).getByRole('alert')).toHaveTextContent(
      'Not delivered: Forbidden: bot was blocked by the user',
    );
  });

  it('shows a later failure the conversation reports for a queued reply', () => {
    renderWithProviders(
      <ReplyBox
        conversationId="c1"
        channel="EMAIL"
        replies={[
          {
            id: 'reply-2',
            text: 'See you then',
            status: 'FAILED',
            error: '535 Authentication failed',
            createdAt: '2026-12-03T10:00:00.000Z',
            sentAt: null,
          },
        ]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Not delivered: 535 Authentication failed');
  });

  it('shows the API’s refusal next to the box and keeps the text', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReplyBox conversationId="c1" channel="SLACK" replies={[]} />, {
      mocks: [
        {
          request: {
            query: SendReplyDocument,
            variables: { input: { conversationId: 'c1', text: 'hello' } },
          },
          result: {
            data: {
              sendReply: {
                __typename: 'ForbiddenError',
                message: 'Viewers cannot reply',
                code: 'FORBIDDEN',
              },
            },
          },
        },
      ],
    });
    const box = screen.getByRole('textbox', { name: 'Reply via Slack' });
    await user.type(box, 'hello');
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    expect(await screen.findByText('Viewers cannot reply.')).toBeVisible();
    expect(box).toHaveValue('hello');
  });
});

describe('the reply box of a conversation whose connection is disabled', () => {
  it('says why replies are off and sends nothing', async () => {
    const user = userEvent.setup();
    const { mock, result } = sendReplyAnswers('Hello', { status: 'QUEUED' });
    renderWithProviders(
      <ReplyBox
        conversationId="c1"
        channel="EMAIL"
        replies={[]}
        unavailable="Replies are off: “Sample mailbox” is disabled."
      />,
      { mocks: [mock] },
    );

    expect(screen.getByText('Replies are off: “Sample mailbox” is disabled.')).toBeVisible();
    const box = screen.getByRole('textbox', { name: 'Reply via Email' });
    expect(box).toBeDisabled();
    await user.type(box, 'Hello');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('button', { name: 'Send reply' })).toBeDisabled();
    expect(result).not.toHaveBeenCalled();
  });
});
