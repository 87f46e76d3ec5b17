import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MutationOutcome } from '../../lib/mutation-outcome.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import type { CustomFieldDefinitionLike } from '../../lib/records/custom-fields.ts';
import type { StandardField } from '../../lib/records/standard-fields.ts';
import { RecordForm, type RecordFormValues } from './record-form.tsx';

const fields: StandardField[] = [
  { name: 'name', label: 'Name', errorLabel: 'The name', kind: 'text', required: true },
  { name: 'emails', label: 'Emails', kind: 'list' },
];

function definition(
  key: string,
  label: string,
  type: CustomFieldDefinitionLike['type'],
  extra: Partial<CustomFieldDefinitionLike> = {},
): CustomFieldDefinitionLike {
  return { key, label, type, options: [], required: false, ...extra };
}

const definitions = [
  definition('budget', 'Budget', 'NUMBER'),
  definition('tier', 'Tier', 'SELECT', { options: ['Gold', 'Silver'], required: true }),
  definition('channels', 'Channels', 'MULTI_SELECT', { options: ['Email', 'Phone'] }),
  definition('vip', 'VIP', 'BOOLEAN'),
  definition('renewal', 'Renewal', 'DATE'),
  definition('website', 'Website', 'URL'),
  definition('manager', 'Account manager', 'USER'),
];

const members = [
  { userId: '00000000-0000-4000-8000-00000000000a', email: 'ada@example.com' },
  { userId: '00000000-0000-4000-8000-00000000000b', email: 'grace@example.com' },
];

function renderForm(
  onSubmit: (values: RecordFormValues) => Promise<MutationOutcome<{ id: string }>>,
  initialCustomFields: Record<string, unknown> = {},
) {
  const onSaved = vi.fn();
  renderWithProviders(
    <RecordForm
      fields={fields}
      initialValues={{ name: 'Globex', emails: ['a@globex.com'] }}
      definitions={definitions}
      initialCustomFields={initialCustomFields}
      members={members}
      submitLabel="Save"
      onSubmit={onSubmit}
      onSaved={onSaved}
    />,
  );
  return { onSaved };
}

describe('the record form', () => {
  it('renders each custom field by its type', () => {
    renderForm(vi.fn(), { budget: 1200, tier: 'Gold', channels: ['Phone'], vip: true });
    expect(screen.getByLabelText('Budget')).toHaveValue('1200');
    expect(screen.getByRole('combobox', { name: 'Tier' })).toHaveValue('Gold');
    expect(
      within(screen.getByRole('combobox', { name: 'Tier' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose…', 'Gold', 'Silver']);
    const channels = screen.getByRole('group', { name: 'Channels' });
    expect(within(channels).getByRole('checkbox', { name: 'Phone' })).toBeChecked();
    expect(within(channels).getByRole('checkbox', { name: 'Email' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'VIP' })).toBeChecked();
    expect(screen.getByLabelText('Renewal')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Website')).toHaveAttribute('type', 'url');
    expect(
      within(screen.getByLabelText('Account manager'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['None', 'ada@example.com', 'grace@example.com']);
  });

  it('sends the fields converted by type, every custom field included', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => ({ ok: true as const, value: { id: 'x' } }));
    const { onSaved } = renderForm(onSubmit, { tier: 'Gold' });
    await user.clear(screen.getByLabelText('Budget'));
    await user.type(screen.getByLabelText('Budget'), '2,500.5');
    await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    await user.selectOptions(screen.getByLabelText('Account manager'), 'grace@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSubmit).toHaveBeenCalledWith({
      fields: { name: 'Globex', emails: ['a@globex.com'] },
      customFields: {
        budget: 2500.5,
        tier: 'Gold',
        channels: ['Email'],
        vip: false,
        renewal: null,
        website: null,
        manager: '00000000-0000-4000-8000-00000000000b',
      },
    });
    expect(onSaved).toHaveBeenCalledWith({ id: 'x' });
  });

  it('shows the API’s field errors next to the fields they name, custom fields included', async () => {
    const user = userEvent.setup();
    renderForm(async () => ({
      ok: false,
      message: 'Check name: is required (and 3 more).',
      fieldErrors: {},
      error: {
        __typename: 'ValidationError',
        message: 'Invalid input',
        fieldErrors: [
          { path: ['input', 'name'], message: 'is required' },
          { path: ['input', 'emails', '0'], message: 'Invalid email address' },
          { path: ['input', 'customFields', 'tier'], message: 'is required' },
          { path: ['input', 'customFields', 'website'], message: 'must be an http(s) URL' },
        ],
      },
    }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The name is required.')).toBeInTheDocument();
    expect(screen.getByText('Line 1: invalid email address.')).toBeInTheDocument();
    expect(screen.getByText('Tier is required.')).toBeInTheDocument();
    expect(screen.getByText('Website must be an http(s) URL.')).toBeInTheDocument();
    expect(screen.getByLabelText('Website')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Budget')).not.toHaveAttribute('aria-invalid');
    // The first field in error has the focus, for keyboard and screen reader users.
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('says above the form what names no field of it', async () => {
    const user = userEvent.setup();
    renderForm(async () => ({
      ok: false,
      message: 'Your role in this workspace cannot make this change.',
      fieldErrors: {},
      error: {
        __typename: 'ForbiddenError',
        message: 'Your role in this workspace cannot make this change',
      },
    }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your role in this workspace cannot make this change.',
    );
  });

  it('asks for a number before sending a number field that is not one', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    await user.type(screen.getByLabelText('Budget'), 'a lot');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Enter Budget as a number, like 42 or 3.5.'),
    ).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
