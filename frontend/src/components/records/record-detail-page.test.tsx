import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { MutationOutcome } from '../../lib/mutation-outcome.ts';
import { renderWithProviders, testWorkspace } from '../../testing/render.tsx';
import {
  type RecordDetailKind,
  RecordDetailPage,
  type RecordInput,
} from './record-detail-page.tsx';

interface Organization {
  id: string;
  name: string;
  workspaceId: string;
  customFields: Record<string, unknown>;
  city: string | null;
}
type Data = { organization: Organization | null };

const globex: Organization = {
  id: 'o1',
  name: 'Globex',
  workspaceId: testWorkspace.id,
  customFields: {},
  city: 'Springfield',
};

function organizationKind(
  organization: Organization | null,
  update: (input: RecordInput<'id'>) => Promise<MutationOutcome<unknown>>,
): RecordDetailKind<'organization', Data> {
  return {
    what: 'organization',
    back: { to: '/organizations', label: 'Organizations' },
    useRecord: () => ({ data: { organization }, loading: false, refetch: () => undefined }),
    useFields: () => [
      { name: 'name', label: 'Name', errorLabel: 'The name', kind: 'text', required: true },
      { name: 'city', label: 'City', kind: 'text' },
    ],
    useUpdate: () => update,
    useView: (record) => ({
      subtitle: 'An organization',
      items: [{ label: 'City', value: record.city }],
    }),
  };
}

function renderPage(kind: RecordDetailKind<'organization', Data>) {
  renderWithProviders(
    <MemoryRouter>
      <RecordDetailPage kind={kind} id="o1" />
    </MemoryRouter>,
  );
}

describe('a record detail page', () => {
  it('says there is no such record, and where to look, when the query finds none', () => {
    renderPage(organizationKind(null, vi.fn()));
    expect(screen.getByText('No such organization')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Organizations' })).toHaveAttribute(
      'href',
      '/organizations',
    );
  });

  it('shows the record, and its API field errors in the form in place of a save', async () => {
    const update = vi.fn(async () => ({
      ok: false as const,
      message: 'Check name: is taken.',
      fieldErrors: {},
      error: {
        __typename: 'ValidationError' as const,
        message: 'Invalid input',
        fieldErrors: [{ path: ['input', 'name'], message: 'is taken' }],
      },
    }));
    const user = userEvent.setup();
    renderPage(organizationKind(globex, update));
    expect(screen.getByRole('heading', { name: 'Globex', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Springfield')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit organization details' }));
    const name = screen.getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'Initech');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'o1', name: 'Initech', customFields: {} }),
    );
    expect(await screen.findByText('The name is taken.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('goes back to the details once a save succeeds', async () => {
    const user = userEvent.setup();
    renderPage(organizationKind(globex, async () => ({ ok: true, value: {} })));
    await user.click(screen.getByRole('button', { name: 'Edit organization details' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByRole('button', { name: 'Edit organization details' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
