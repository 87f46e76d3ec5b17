// A list page built from a description of its record type: the search (debounced), an optional
// filter, a page of rows at a time, what an empty list or a search matching nothing says, and
// "New …" for those who may edit. Organizations, people and leads each describe theirs.
import { NativeSelect } from '@chakra-ui/react';
import { type ReactNode, useState } from 'react';
import { useCursorPages } from '../../hooks/use-cursor-pages.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { canEdit, useWorkspace } from '../../hooks/use-workspace.ts';
import { describeRequestError } from '../../lib/api-errors.ts';
import { Paging, RecordListBody, RecordListFrame, RecordRow, RecordRows } from './record-list.tsx';
import { NewRecordButton, type NewRecordKind } from './new-record-button.tsx';

const PAGE_SIZE = 25;

/** What a list query is asked: the workspace, the search, and the page. */
export interface RecordListVariables {
  workspaceId: string;
  search: string | null;
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/** A page of a connection, as list queries ask for it. */
interface Connection<Node> {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; startCursor?: string | null; endCursor?: string | null };
}

export interface RecordListKind<
  D,
  Node extends { id: string; name: string },
  Filter extends string = 'all',
> {
  /** The heading and the rows' accessible name ("Organizations"); in lower case, the records in
   * a sentence ("Search organizations", "No organizations yet") and their path
   * ("/organizations/:id"). */
  title: string;
  description: string;
  searchPlaceholder: string;
  /** A select beside the search; its first option shows every record. */
  filter?: { label: string; options: readonly { value: Filter; label: string }[] };
  /** What an empty list suggests, to those who may add records and to those who may not. */
  emptyHint(editable: boolean): string;
  /** What a search or filter that matches nothing says. */
  noMatches(term: string, filter: Filter): string;
  useList(
    variables: RecordListVariables,
    filter: Filter,
  ): { data?: D; previousData?: D; loading: boolean; error?: unknown; refetch(): unknown };
  /** The page in the query's answer. */
  connection(data: D): Connection<Node>;
  /** What a row shows under the record's name, and beside it. */
  details(node: Node): ReactNode;
  aside?(node: Node): ReactNode;
  create: NewRecordKind;
}

export function RecordListPage<
  D,
  Node extends { id: string; name: string },
  Filter extends string,
>({ kind }: { kind: RecordListKind<D, Node, Filter> }) {
  const workspace = useWorkspace();
  const editable = canEdit(workspace.role);
  const allValue = (kind.filter?.options[0]?.value ?? 'all') as Filter;
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>(allValue);
  const term = useDebouncedValue(search.trim());
  const paging = useCursorPages(PAGE_SIZE, `${term}|${filter}`);
  const { data, previousData, loading, error, refetch } = kind.useList(
    { workspaceId: workspace.id, search: term || null, ...paging.variables },
    filter,
  );
  // The last page stays while the next one loads.
  const shown = data ?? previousData;
  const connection = shown === undefined ? undefined : kind.connection(shown);
  const what = kind.title.toLowerCase();

  return (
    <RecordListFrame
      title={kind.title}
      description={kind.description}
      newAction={editable && <NewRecordButton kind={kind.create} workspaceId={workspace.id} />}
      search={search}
      onSearch={setSearch}
      searchLabel={`Search ${what}`}
      searchPlaceholder={kind.searchPlaceholder}
      filters={
        kind.filter && (
          <NativeSelect.Root size="md" w="auto" minW="40">
            <NativeSelect.Field
              aria-label={kind.filter.label}
              value={filter}
              onChange={(event) => setFilter(event.target.value as Filter)}
            >
              {kind.filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </NativeSelect.Field>
            <NativeSelect.Indicator />
          </NativeSelect.Root>
        )
      }
    >
      <RecordListBody
        what={what}
        loading={loading}
        error={error ? describeRequestError(error) : null}
        onRetry={() => void refetch()}
        rowCount={connection?.edges.length}
        searching={Boolean(term) || filter !== allValue}
        empty={{ title: `No ${what} yet`, description: kind.emptyHint(editable) }}
        noMatches={kind.noMatches(term, filter)}
      >
        <RecordRows label={kind.title}>
          {connection?.edges.map(({ node }) => (
            <RecordRow
              key={node.id}
              to={`/${what}/${node.id}`}
              name={node.name}
              details={kind.details(node)}
              aside={kind.aside?.(node)}
            />
          ))}
        </RecordRows>
        <Paging paging={paging} pageInfo={connection?.pageInfo} busy={loading} />
      </RecordListBody>
    </RecordListFrame>
  );
}
