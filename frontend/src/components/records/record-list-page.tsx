// A list page built from a description of its record type: the search (debounced), an optional
// filter, a page of rows at a time, what an empty list or a search matching nothing says, and
// "New …" for those who may edit. Organizations, people and leads each describe theirs.
import { NativeSelect } from '@chakra-ui/react';
import { useState } from 'react';
import { useCursorPages } from '../../hooks/use-cursor-pages.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { canEdit, useWorkspace } from '../../hooks/use-workspace.ts';
import { describeRequestError } from '../../lib/api-errors.ts';
import {
  Paging,
  RecordListBody,
  RecordListFrame,
  RecordRow,
  type RecordRowContent,
  RecordRows,
} from './record-list.tsx';
import { NewRecordButton, type NewRecordKind } from './new-record-button.tsx';

const PAGE_SIZE = 25;

/** What a list query is asked: the workspace, the search, the filter, and the page. */
export interface RecordListVariables<Filter extends string> {
  workspaceId: string;
  search: string | null;
  filter: Filter;
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/** A list query's state, with the page shown (the last answer while the next one loads). */
export interface RecordListState<Node> {
  connection:
    | {
        edges: readonly { node: Node }[];
        pageInfo: { hasNextPage: boolean; startCursor?: string | null; endCursor?: string | null };
      }
    | undefined;
  loading: boolean;
  error?: unknown;
  refetch(): unknown;
}

export interface RecordListKind<Node extends { id: string }, Filter extends string = 'all'> {
  /** The heading, and the rows' accessible name: "Organizations". */
  title: string;
  description: string;
  /** The records in a sentence: "organizations" ("Loading the organizations…"). */
  what: string;
  search: { label: string; placeholder: string };
  /** A select beside the search; its first option shows every record. */
  filter?: { label: string; options: readonly { value: Filter; label: string }[] };
  /** What an empty list says, to those who may add records and to those who may not. */
  empty(editable: boolean): { title: string; description: string };
  /** What a search or filter that matches nothing says. */
  noMatches(term: string, filter: Filter): string;
  useList(variables: RecordListVariables<Filter>): RecordListState<Node>;
  row(node: Node): RecordRowContent;
  create: NewRecordKind;
}

export function RecordListPage<Node extends { id: string }, Filter extends string>({
  kind,
}: {
  kind: RecordListKind<Node, Filter>;
}) {
  const workspace = useWorkspace();
  const editable = canEdit(workspace.role);
  const allValue = (kind.filter?.options[0]?.value ?? 'all') as Filter;
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>(allValue);
  const term = useDebouncedValue(search.trim());
  const paging = useCursorPages(PAGE_SIZE, `${term}|${filter}`);
  const { connection, loading, error, refetch } = kind.useList({
    workspaceId: workspace.id,
    search: term || null,
    filter,
    ...paging.variables,
  });

  return (
    <RecordListFrame
      title={kind.title}
      description={kind.description}
      newAction={editable && <NewRecordButton kind={kind.create} workspaceId={workspace.id} />}
      search={search}
      onSearch={setSearch}
      searchLabel={kind.search.label}
      searchPlaceholder={kind.search.placeholder}
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
        what={kind.what}
        loading={loading}
        error={error ? describeRequestError(error) : null}
        onRetry={() => void refetch()}
        rowCount={connection?.edges.length}
        searching={Boolean(term) || filter !== allValue}
        empty={kind.empty(editable)}
        noMatches={kind.noMatches(term, filter)}
      >
        <RecordRows label={kind.title}>
          {connection?.edges.map(({ node }) => (
            <RecordRow key={node.id} {...kind.row(node)} />
          ))}
        </RecordRows>
        <Paging paging={paging} pageInfo={connection?.pageInfo} busy={loading} />
      </RecordListBody>
    </RecordListFrame>
  );
}
