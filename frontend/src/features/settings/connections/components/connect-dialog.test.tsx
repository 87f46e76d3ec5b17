import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testWorkspace } from '../../../../testing/render.tsx';
import { ConnectionsDocument } from '../api/connections.ts';
import { CreateConnectionDocument } from '../api/create-connection.ts';
import { UpdateConnectionCredentialsDocument } from '../api/update-connection-credentials.ts';
import { ConnectDialog } from './connect-dialog.tsx';
import { ConnectionsPage } from './connections-page.tsx';

const SECRET = 'xoxb-never-shown-abcd';

function telegramConnection(extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Connection',
    id: 'connection-1',
    workspaceId: testWorkspace.id,
    kind: 'TELEGRAM',
    name: 'Support bot',
    settings: { mode: 'push' },
    credentialsHint: '…abcd',
    private: false,
    status: 'ERROR',
    lastSyncAt: '2026-12-03T08:00:00.000Z',
    lastError: 'Unauthorized: the bot token was revoked',
    lastErrorAt: '2026-12-03T08:30:00.000Z',
    syncIntervalSeconds: 300,
    webhookUrl: 'https://waymark.test/webhooks/telegram/connection-1',
    createdAt: '2026-12-01T08:00:00.000Z',
    ...extra,
  };
}

describe('the connect dialog', () => {
  it('asks for the required credentials before sending anything', async () => {
    const user = userEvent.setup();
    const create = vi.fn();
    renderWithProviders(<ConnectDialog workspaceId={testWorkspace.id} kind="TELEGRAM" />, {
      mocks: [
        {
          request: { query: CreateConnectionDocument, variables: () => true },
          result: create,
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Connect Telegram' }));
    await user.click(await screen.findByRole('button', { name: 'Connect' }));

    expect(await screen.findByText('Bot token is required.')).toBeVisible();
    expect(screen.getByText('Webhook secret is required.')).toBeVisible();
    expect(screen.getByLabelText(/^Bot token/)).toHaveAttribute('aria-invalid', 'true');
    expect(create).not.toHaveBeenCalled();
  });

  it('sends secrets as credentials, options as settings, and shows field errors next to fields', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ConnectDialog workspaceId={testWorkspace.id} kind="SLACK" />, {
      mocks: [
        {
          request: {
            query: CreateConnectionDocument,
            variables: {
              input: {
                workspaceId: testWorkspace.id,
                kind: 'SLACK',
                name: 'Slack',
                credentials: { botToken: SECRET, signingSecret: 'sign-1234' },
                settings: { channels: ['C1', 'C2'] },
                private: false,
              },
            },
          },
          result: {
            data: {
              createConnection: {
                __typename: 'ValidationError',
                message: 'input.credentials.botToken: must start with xoxb-',
                code: 'VALIDATION_FAILED',
                fieldErrors: [
                  {
                    __typename: 'FieldError',
                    path: ['input', 'credentials', 'botToken'],
                    message: 'must be a bot token (xoxb-…)',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Connect Slack' }));
    const token = await screen.findByLabelText(/^Bot token/);
    expect(token).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText(/^Signing secret/)).toHaveAttribute('type', 'password');
    await user.type(token, SECRET);
    await user.type(screen.getByLabelText(/^Signing secret/), 'sign-1234');
    await user.type(screen.getByLabelText(/^Channel ids/), 'C1, C2');
    await user.click(screen.getByRole('button', { name: 'Connect' }));

    expect(await screen.findByText('Must be a bot token (xoxb-…).')).toBeVisible();
    expect(screen.getByLabelText(/^Bot token/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('says in the platform’s words why it refused the credentials', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ConnectDialog workspaceId={testWorkspace.id} kind="TELEGRAM" />, {
      mocks: [
        {
          request: { query: CreateConnectionDocument, variables: () => true },
          result: {
            data: {
              createConnection: {
                __typename: 'ConnectorFailedError',
                message: 'Unauthorized',
                code: 'UNAUTHORIZED',
              },
            },
          },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Connect Telegram' }));
    await user.type(await screen.findByLabelText(/^Bot token/), '123:abc');
    await user.type(screen.getByLabelText(/^Webhook secret/), 'hook-secret');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The service refused: Unauthorized');
  });
});

describe('a stored connection', () => {
  it('shows its status, last error and webhook URL, and never renders its secret', async () => {
    const user = userEvent.setup();
    const updated = vi.fn(() => ({
      data: {
        updateConnectionCredentials: {
          __typename: 'UpdateConnectionCredentialsSuccess',
          connection: telegramConnection({ credentialsHint: '…wxyz', status: 'CONNECTED' }),
        },
      },
    }));
    renderWithProviders(
      <MemoryRouter>
        <ConnectionsPage />
      </MemoryRouter>,
      {
        mocks: [
          {
            request: { query: ConnectionsDocument, variables: { workspaceId: testWorkspace.id } },
            result: { data: { connections: [telegramConnection()] } },
            maxUsageCount: Number.POSITIVE_INFINITY,
          },
          {
            request: {
              query: UpdateConnectionCredentialsDocument,
              variables: {
                input: {
                  id: 'connection-1',
                  credentials: { botToken: SECRET, webhookSecret: 'hook-secret-9876' },
                },
              },
            },
            result: updated,
          },
        ],
      },
    );

    const card = await screen.findByTestId('connection');
    expect(card).toHaveTextContent('Support bot');
    expect(screen.getByTestId('connection-status')).toHaveTextContent('Error');
    expect(card).toHaveTextContent('Unauthorized: the bot token was revoked');
    expect(card).toHaveTextContent('Credentials …abcd');
    expect(screen.getByTestId('webhook-url')).toHaveTextContent(
      'https://waymark.test/webhooks/telegram/connection-1',
    );

    await user.click(screen.getByRole('button', { name: 'Update credentials' }));
    const token = await screen.findByLabelText(/^Bot token/);
    expect(token).toHaveAttribute('type', 'password');
    expect(token).toHaveValue('');
    expect(screen.getByText(/The stored secret ends in …abcd/)).toBeVisible();

    await user.type(token, SECRET);
    await user.type(screen.getByLabelText(/^Webhook secret/), 'hook-secret-9876');
    await user.click(screen.getByRole('button', { name: 'Save credentials' }));
    await waitFor(() => expect(updated).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(card).toHaveTextContent('Credentials …wxyz'));

    // The secret typed is gone with the form: neither shown nor kept in an input.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Update credentials' }));
    expect(await screen.findByLabelText(/^Bot token/)).toHaveValue('');
    expect(document.body.innerHTML).not.toContain(SECRET);
    expect(document.body.innerHTML).not.toContain('hook-secret-9876');
  });

  it('offers no connect or manage actions to members who are not admins', async () => {
    renderWithProviders(
      <MemoryRouter>
        <ConnectionsPage />
      </MemoryRouter>,
      {
        workspace: { ...testWorkspace, role: 'MEMBER' },
        mocks: [
          {
            request: { query: ConnectionsDocument, variables: { workspaceId: testWorkspace.id } },
            result: { data: { connections: [telegramConnection()] } },
          },
        ],
      },
    );
    expect(await screen.findByTestId('connection')).toHaveTextContent('Support bot');
    expect(screen.queryByRole('button', { name: /^Connect/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Update credentials' })).not.toBeInTheDocument();
    expect(
      screen.getByText('Only the workspace’s admins and owners manage connections.'),
    ).toBeVisible();
  });
});
