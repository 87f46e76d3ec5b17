// Leads: the workspace's leads by name, searchable, a page at a time, and "New lead".
import { Badge, NativeSelect } from '@chakra-ui/react';
import { useState } from 'react';
import { toaster } from '../../../components/toaster.tsx';
import { canEdit, useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useCustomFieldDefinitions } from '../../../api/records/custom-field-definitions.ts';
import { useWorkspaceMembers } from '../../../hooks/use-workspace-members.ts';
import { NewRecordDialog } from '../../../components/records/new-record-dialog.tsx';
import { RecordForm } from '../../../components/records/record-form.tsx';
import {
  Paging,
  RecordListBody,
  RecordListPage,
  RecordRow,
  RecordRows,
} from '../../../components/records/record-list.tsx';
import { useCursorPages } from '../../../hooks/use-cursor-pages.ts';
import { useDebouncedValue } from '../../../hooks/use-debounced-value.ts';
import { useCreateLead } from '../api/create-lead.ts';
import { useLeadsList } from '../api/leads-list.ts';
import { LEAD_FIELDS } from '../lead-fields.ts';

const PAGE_SIZE = 25;
type Show = 'all' | 'open' | 'converted';

export function LeadsPage() {
  const workspace = useWorkspace();
  const editable = canEdit(workspace.role);
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<Show>('all');
  const term = useDebouncedValue(search.trim());
  const paging = useCursorPages(PAGE_SIZE, `${term}|${show}`);
  const { data, previousData, loading, error, refetch } = useLeadsList({
    workspaceId: workspace.id,
    search: term || null,
    converted: show === 'all' ? null : show === 'converted',
    ...paging.variables,
  });
  const shown = data ?? previousData;
  const connection = shown?.leads;

  return (
    <RecordListPage
      title="Leads"
      description="People who may become customers: qualify them through the lead workflow, then convert them into deals."
      newAction={editable && <NewLeadDialog workspaceId={workspace.id} />}
      search={search}
      onSearch={setSearch}
      searchLabel="Search leads"
      searchPlaceholder="Search by name, email or company"
      filters={
        <NativeSelect.Root size="md" w="auto" minW="40">
          <NativeSelect.Field
            aria-label="Show"
            value={show}
            onChange={(event) => setShow(event.target.value as Show)}
          >
            <option value="all">All leads</option>
            <option value="open">Not converted</option>
            <option value="converted">Converted</option>
          </NativeSelect.Field>
          <NativeSelect.Indicator />
        </NativeSelect.Root>
      }
    >
      <RecordListBody
        what="leads"
        loading={loading}
        error={error ? describeRequestError(error) : null}
        onRetry={() => void refetch()}
        rowCount={connection?.edges.length}
        searching={Boolean(term) || show !== 'all'}
        empty={{
          title: 'No leads yet',
          description: editable
            ? 'Add the first one with “New lead”: a name is enough. Qualify it through the lead workflow, then convert it into a deal.'
            : 'Leads your team adds show here.',
        }}
        noMatches={
          term
            ? `No ${show === 'all' ? '' : show === 'open' ? 'unconverted ' : 'converted '}lead’s name, email or company contains “${term}”.`
            : show === 'converted'
              ? 'No lead has been converted yet.'
              : 'Every lead has been converted.'
        }
      >
        <RecordRows label="Leads">
          {connection?.edges.map(({ node: lead }) => (
            <RecordRow
              key={lead.id}
              to={`/leads/${lead.id}`}
              name={lead.name}
              details={
                [lead.company, lead.email].filter(Boolean).join(' · ') || 'No company or email yet'
              }
              aside={
                <>
                  {lead.converted ? (
                    <Badge colorPalette="green" variant="subtle">
                      Converted
                    </Badge>
                  ) : (
                    lead.stage && <Badge variant="outline">{lead.stage.step.name}</Badge>
                  )}
                  <Badge variant="subtle" title="Score, 0–100">
                    {lead.score}
                  </Badge>
                </>
              }
            />
          ))}
        </RecordRows>
        <Paging paging={paging} pageInfo={connection?.pageInfo} busy={loading} />
      </RecordListBody>
    </RecordListPage>
  );
}

function NewLeadDialog({ workspaceId }: { workspaceId: string }) {
  const createLead = useCreateLead();
  const { definitions } = useCustomFieldDefinitions(workspaceId, 'LEAD');
  const { members } = useWorkspaceMembers(workspaceId);
  return (
    <NewRecordDialog title="New lead">
      {(close) => (
        <RecordForm
          fields={LEAD_FIELDS}
          definitions={definitions}
          members={members}
          submitLabel="Create lead"
          onCancel={close}
          onSubmit={({ fields, customFields }) => {
            const { score, ...rest } = fields;
            return createLead({
              workspaceId,
              ...(rest as { name: string }),
              ...(score === null ? {} : { score: score as number }),
              customFields,
            });
          }}
          onSaved={(lead) => {
            close();
            toaster.create({
              type: 'success',
              title: `${lead.name} added`,
              description: 'It starts in the first step of the lead workflow.',
            });
          }}
        />
      )}
    </NewRecordDialog>
  );
}
