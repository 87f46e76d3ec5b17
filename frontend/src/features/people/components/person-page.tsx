// A person: their fields and custom fields, the organization they work at, tasks and timeline.
import { Link, Text } from '@chakra-ui/react';
import { Link as RouterLink, useParams } from 'react-router';
import { toaster } from '../../../components/toaster.tsx';
import { canEdit, useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useCustomFieldDefinitions } from '../../../api/records/custom-field-definitions.ts';
import { useWorkspaceMembers } from '../../../hooks/use-workspace-members.ts';
import { ContactList } from '../../../components/records/contact-list.tsx';
import { EditableDetails } from '../../../components/records/editable-details.tsx';
import { RecordForm } from '../../../components/records/record-form.tsx';
import {
  RecordPage,
  RecordPageState,
  RecordSide,
} from '../../../components/records/record-page.tsx';
import { RecordTimeline } from '../../../components/records/record-timeline.tsx';
import { TasksSection } from '../../../components/records/tasks-section.tsx';
import { formatDateTime } from '../../../lib/records/dates.ts';
import { useOrganizationOptions } from '../api/organization-options.ts';
import { usePersonDetail } from '../api/person-detail.ts';
import { useUpdatePerson } from '../api/update-person.ts';
import { personFields, personInput } from '../person-fields.ts';

const back = { to: '/people', label: 'People' };

export function PersonPage() {
  const { personId = '' } = useParams();
  const workspace = useWorkspace();
  const { data, loading, error, refetch } = usePersonDetail(personId);
  const person = data?.person;
  const workspaceId = person?.workspaceId ?? workspace.id;
  const { definitions } = useCustomFieldDefinitions(workspaceId, 'PERSON');
  const { members, meId } = useWorkspaceMembers(workspaceId);
  const organizations = useOrganizationOptions(workspaceId);
  const updatePerson = useUpdatePerson();

  if (!person) {
    return (
      <RecordPageState
        back={back}
        what="person"
        loading={loading}
        error={error ? describeRequestError(error) : null}
        onRetry={() => void refetch()}
      />
    );
  }

  const editable = canEdit(workspace.role);
  const organizationLink = person.organization && (
    <Link asChild colorPalette="blue">
      <RouterLink to={`/organizations/${person.organization.id}`}>
        {person.organization.name}
      </RouterLink>
    </Link>
  );

  return (
    <RecordPage
      back={back}
      title={person.name}
      subtitle={
        <Text color="fg.muted" fontSize="sm">
          {person.organization ? <>Works at {organizationLink} · </> : null}added{' '}
          {formatDateTime(person.createdAt)}
        </Text>
      }
    >
      <EditableDetails
        gridArea="details"
        what="person"
        canEdit={editable}
        definitions={definitions}
        customFields={person.customFields}
        members={members}
        items={[
          { label: 'Organization', value: organizationLink },
          {
            label: 'Emails',
            value: person.emails.length > 0 && <ContactList kind="emails" values={person.emails} />,
          },
          {
            label: 'Phones',
            value: person.phones.length > 0 && <ContactList kind="phones" values={person.phones} />,
          },
          {
            label: 'Links',
            value: person.links.length > 0 && <ContactList kind="links" values={person.links} />,
          },
        ]}
        renderForm={(close) => (
          <RecordForm
            fields={personFields(organizations)}
            initialValues={person}
            definitions={definitions}
            initialCustomFields={person.customFields}
            members={members}
            submitLabel="Save"
            onCancel={close}
            onSubmit={({ fields, customFields }) =>
              updatePerson({ id: person.id, ...personInput(fields), customFields })
            }
            onSaved={() => {
              close();
              toaster.create({ type: 'success', title: 'Person saved' });
            }}
          />
        )}
      />
      <RecordSide>
        <TasksSection
          workspaceId={workspaceId}
          entityType="PERSON"
          entityId={person.id}
          canEdit={editable}
        />
      </RecordSide>
      <RecordTimeline
        gridArea="timeline"
        entityType="PERSON"
        entityId={person.id}
        canEdit={editable}
        members={members}
        meId={meId}
      />
    </RecordPage>
  );
}
