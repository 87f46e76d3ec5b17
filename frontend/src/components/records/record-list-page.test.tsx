import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testWorkspace } from '../../testing/render.tsx';
import {
  type RecordListKind,
  RecordListPage,
  type RecordListVariables,
} from './record-list-page.tsx';

interface Row {
  id: string;
  name: string;
  city: string;
}
type Data = { places: { edges: { node: Row }[]; pageInfo: PageInfo } };
type PageInfo = { hasNextPage: boolean; startCursor: string | null; endCursor: string | null };

const PLACES: Row[] = [
  { id: 'p1', name: 'Harbour', city: 'Lisbon' },
  { id: 'p2', name: 'Market', city: 'Porto' },
];

/** A list kind answering from PLACES: the search matches names; "after" asks for page 2. */
function placesKind(asked: RecordListVariables[]): RecordListKind<Data, Row> {
  return {
    title: 'Places',
    description: 'Where the team meets.',
    searchPlaceholder: 'Search by name',
    emptyHint: (editable) => (editable ? 'Add one with “New place”.' : 'Places show here.'),
    noMatches: (term) => `No place’s name contains “${term}”.`,
    useList(variables) {
      asked.push(variables);
      const matching = PLACES.filter((place) =>
        place.name.toLowerCase().includes(variables.search?.toLowerCase() ?? ''),
      );
      const page = variables.after ? [{ id: 'p3', name: 'Station', city: 'Faro' }] : matching;
      const pageInfo = {
        hasNextPage: !variables.after && matching.length > 1,
        startCursor: page[0]?.id ?? null,
        endCursor: page.at(-1)?.id ?? null,
      };
      return {
        data: { places: { edges: page.map((node) => ({ node })), pageInfo } },
        loading: false,
        refetch: () => undefined,
      };
    },
    connection: (data) => data.places,
    details: (place) => place.city,
    create: {
      one: 'person',
      useFields: () => [{ name: 'name', label: 'Name', kind: 'text', required: true }],
      useCreate: () => async () => ({ ok: true, value: { name: 'Quay' } }),
      toInput: (fields) => ({ name: String(fields.name) }),
    },
  };
}

function renderList(asked: RecordListVariables[], role = testWorkspace.role) {
  renderWithProviders(
    <MemoryRouter>
      <RecordListPage kind={placesKind(asked)} />
    </MemoryRouter>,
    { workspace: { ...testWorkspace, role } },
  );
}

describe('a record list page', () => {
  it('lists the records of the page, each a link to its page with its details', () => {
    renderList([]);
    const rows = screen.getByRole('list', { name: 'Places' });
    expect(rows).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Harbour' })).toHaveAttribute('href', '/places/p1');
    expect(screen.getByText('Porto')).toBeInTheDocument();
  });

  it('searches once typing pauses, and says when nothing matches', async () => {
    const asked: RecordListVariables[] = [];
    const user = userEvent.setup();
    renderList(asked);
    await user.type(screen.getByRole('searchbox', { name: 'Search places' }), 'zz');

    expect(await screen.findByText('No place’s name contains “zz”.')).toBeInTheDocument();
    // Typing "z", "zz" asked for nothing in between: only the settled search.
    expect(asked.map((v) => v.search)).not.toContain('z');
    expect(asked.at(-1)).toMatchObject({ workspaceId: testWorkspace.id, search: 'zz' });
  });

  it('pages forward from the last row shown, and back to the first page', async () => {
    const asked: RecordListVariables[] = [];
    const user = userEvent.setup();
    renderList(asked);
    await user.click(screen.getByRole('button', { name: 'Next →' }));

    expect(asked.at(-1)).toMatchObject({ first: 25, after: 'p2' });
    expect(screen.getByRole('link', { name: 'Station' })).toBeInTheDocument();
    expect(screen.getByText('Page 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(screen.getByRole('link', { name: 'Harbour' })).toBeInTheDocument();
  });

  it('offers “New …” to those who may edit, with the record type’s form', async () => {
    const user = userEvent.setup();
    renderList([]);
    await user.click(screen.getByRole('button', { name: 'New person' }));
    expect(await screen.findByRole('button', { name: 'Create person' })).toBeInTheDocument();
  });

  it('offers no “New …” to viewers', () => {
    renderList([], 'VIEWER');
    expect(screen.queryByRole('button', { name: 'New person' })).not.toBeInTheDocument();
  });
});
