// People: the workspace's contacts by name, searchable, a page at a time, and "New person".
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
import { useCreatePerson } from '../api/create-person.ts';
import { useOrganizationOptions } from '../api/organization-options.ts';
import { usePeopleList } from '../api/people-list.ts';
import { personFields, personInput } from '../person-fields.ts';

const PAGE_SIZE = 25;

export function PeoplePage() {
  const workspace = useWorkspace();
  const editable = canEdit(workspace.role);
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim());
  const paging = useCursorPages(PAGE_SIZE, term);
  const { data, previousData, loading, error, refetch } = usePeopleList({
    workspaceId: workspace.id,
    search: term || null,
    ...paging.variables,
  });
  const connection = (data ?? previousData)?.people;

  return (
    <RecordListPage
      title="People"
      description="The contacts your team works with, and the organizations they work at."
      newAction={editable && <NewPersonDialog workspaceId={workspace.id} />}
      search={search}
      onSearch={setSearch}
      searchLabel="Search people"
      searchPlaceholder="Search by name or email"
    >
      <RecordListBody
        what="people"
        loading={loading}
        error={error ? describeRequestError(error) : null}
        onRetry={() => void refetch()}
        rowCount={connection?.edges.length}
        searching={Boolean(term)}
        empty={{
          title: 'No people yet',
          description: editable
            ? 'Add a contact with “New person”, or convert a lead: it becomes a person, with a deal.'
            : 'Contacts your team adds show here.',
        }}
        noMatches={`No one’s name or email contains “${term}”.`}
      >
        <RecordRows label="People">
          {connection?.edges.map(({ node: person }) => (
            <RecordRow
              key={person.id}
              to={`/people/${person.id}`}
              name={person.name}
              details={
                [person.organization?.name, person.emails[0], person.phones[0]]
                  .filter(Boolean)
                  .join(' · ') || 'No contact details yet'
              }
            />
          ))}
        </RecordRows>
        <Paging paging={paging} pageInfo={connection?.pageInfo} busy={loading} />
      </RecordListBody>
    </RecordListPage>
  );
}

function NewPersonDialog({ workspaceId }: { workspaceId: string }) {
  const createPerson = useCreatePerson();
  const { definitions } = useCustomFieldDefinitions(workspaceId, 'PERSON');
  const { members } = useWorkspaceMembers(workspaceId);
  const organizations = useOrganizationOptions(workspaceId);
  return (
    <NewRecordDialog title="New person">
      {(close) => (
        <RecordForm
          fields={personFields(organizations)}
          definitions={definitions}
          members={members}
          submitLabel="Create person"
          onCancel={close}
          onSubmit={({ fields, customFields }) =>
            createPerson({ workspaceId, ...personInput(fields), customFields })
          }
          onSaved={(person) => {
            close();
            toaster.create({ type: 'success', title: `${person.name} added` });
          }}
        />
      )}
    </NewRecordDialog>
  );
}
