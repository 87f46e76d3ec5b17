// Organizations: the companies the workspace deals with, searchable, a page at a time.
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
import { useCreateOrganization } from '../api/create-organization.ts';
import { useOrganizationsList } from '../api/organizations-list.ts';
import { ORGANIZATION_FIELDS, organizationInput } from '../organization-fields.ts';

const PAGE_SIZE = 25;

export function OrganizationsPage() {
  const workspace = useWorkspace();
  const editable = canEdit(workspace.role);
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim());
  const paging = useCursorPages(PAGE_SIZE, term);
  const { data, previousData, loading, error, refetch } = useOrganizationsList({
    workspaceId: workspace.id,
    search: term || null,
    ...paging.variables,
  });
  const connection = (data ?? previousData)?.organizations;

  return (
    <RecordListPage
      title="Organizations"
      description="The companies your team deals with, their people and their deals."
      newAction={editable && <NewOrganizationDialog workspaceId={workspace.id} />}
      search={search}
      onSearch={setSearch}
      searchLabel="Search organizations"
      searchPlaceholder="Search by name or email"
    >
      <RecordListBody
        what="organizations"
        loading={loading}
        error={error ? describeRequestError(error) : null}
        onRetry={() => void refetch()}
        rowCount={connection?.edges.length}
        searching={Boolean(term)}
        empty={{
          title: 'No organizations yet',
          description: editable
            ? 'Add one with “New organization”, or convert a lead with a company: the company becomes an organization.'
            : 'Organizations your team adds show here.',
        }}
        noMatches={`No organization’s name or email contains “${term}”.`}
      >
        <RecordRows label="Organizations">
          {connection?.edges.map(({ node: organization }) => (
            <RecordRow
              key={organization.id}
              to={`/organizations/${organization.id}`}
              name={organization.name}
              details={
                [organization.links[0], organization.emails[0]].filter(Boolean).join(' · ') ||
                'No contact details yet'
              }
            />
          ))}
        </RecordRows>
        <Paging paging={paging} pageInfo={connection?.pageInfo} busy={loading} />
      </RecordListBody>
    </RecordListPage>
  );
}

function NewOrganizationDialog({ workspaceId }: { workspaceId: string }) {
  const createOrganization = useCreateOrganization();
  const { definitions } = useCustomFieldDefinitions(workspaceId, 'ORGANIZATION');
  const { members } = useWorkspaceMembers(workspaceId);
  return (
    <NewRecordDialog title="New organization">
      {(close) => (
        <RecordForm
          fields={ORGANIZATION_FIELDS}
          definitions={definitions}
          members={members}
          submitLabel="Create organization"
          onCancel={close}
          onSubmit={({ fields, customFields }) =>
            createOrganization({ workspaceId, ...organizationInput(fields), customFields })
          }
          onSaved={(organization) => {
            close();
            toaster.create({ type: 'success', title: `${organization.name} added` });
          }}
        />
      )}
    </NewRecordDialog>
  );
}
