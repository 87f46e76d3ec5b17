import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { UpdateNotificationPreferencesDocument } from '../api/notification-preferences.ts';
import { NotificationPreferencesForm } from './notification-preferences-form.tsx';

const saved = {
  timeZone: 'Europe/Berlin',
  quietStart: null,
  quietEnd: null,
  inApp: true,
  email: true,
  dailyEmailCap: 20,
  updatedAt: '2026-06-01T08:00:00.000Z',
};

const input = {
  timeZone: 'Europe/Berlin',
  quietStart: '22:00',
  quietEnd: '07:00',
  inApp: true,
  email: false,
  dailyEmailCap: 20,
};

describe('the notification settings', () => {
  it('asks for the end of quiet hours next to it before saving', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationPreferencesForm saved={saved} />);
    await user.type(screen.getByLabelText('Quiet from'), '22:00');
    await user.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(
      await screen.findByText('Give an end too, or clear the start for no quiet hours.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Quiet until')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the API’s field errors next to their fields', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationPreferencesForm saved={saved} />, {
      mocks: [
        {
          request: { query: UpdateNotificationPreferencesDocument, variables: { input } },
          result: {
            data: {
              updateNotificationPreferences: {
                __typename: 'ValidationError',
                message: 'input.quietEnd: must differ from quietStart',
                code: 'VALIDATION_FAILED',
                fieldErrors: [
                  {
                    __typename: 'FieldError',
                    path: ['input', 'quietEnd'],
                    message: 'must differ from quietStart',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    await user.type(screen.getByLabelText('Quiet from'), '22:00');
    await user.type(screen.getByLabelText('Quiet until'), '07:00');
    await user.click(screen.getByLabelText('Email notifications'));
    await user.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(
      await screen.findByText('The end of quiet hours must differ from quietStart.'),
    ).toBeInTheDocument();
  });

  it('says when the settings are saved', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationPreferencesForm saved={saved} />, {
      mocks: [
        {
          request: { query: UpdateNotificationPreferencesDocument, variables: { input } },
          result: {
            data: {
              updateNotificationPreferences: {
                __typename: 'UpdateNotificationPreferencesSuccess',
                preferences: {
                  __typename: 'NotificationPreferences',
                  ...input,
                  updatedAt: '2026-06-03T08:00:00.000Z',
                },
              },
            },
          },
        },
      ],
    });
    await user.type(screen.getByLabelText('Quiet from'), '22:00');
    await user.type(screen.getByLabelText('Quiet until'), '07:00');
    await user.click(screen.getByLabelText('Email notifications'));
    await user.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(await screen.findByText('Your notification settings are saved.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email notifications')).not.toBeChecked();
  });
});
