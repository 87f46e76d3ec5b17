// An organization: its fields and custom fields, its people and deals, tasks and timeline.
import { Badge, Link, Stack, Text } from '@chakra-ui/react';
import { Link as RouterLink, useParams } from 'react-router';
import { toaster } from '../../../components/toaster.tsx';
import { canEdit, useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { formatMoney } from '../../../lib/format.ts';
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
import { RecordSection } from '../../../components/records/record-section.tsx';
import { RecordTimeline } from '../../../components/records/record-timeline.tsx';
import { TasksSection } from '../../../components/records/tasks-section.tsx';
import { formatDateTime } from '../../../lib/records/dates.ts';
import { useOrganizationDetail, useOrganizationRelations } from '../api/organization-detail.ts';
import { useUpdateOrganization } from '../api/update-organization.ts';
import { ORGANIZATION_FIELDS, organizationInput } from '../organization-fields.ts';

const back = { to: '/organizations', label: 'Organizations' };

export function OrganizationPage() {
  const { organizationId = '' } = useParams();
  const workspace = useWorkspace();
  const { data, loading, error, refetch } = useOrganizationDetail(organizationId);
  const organization = data?.organization;
  const workspaceId = organization?.workspaceId ?? workspace.id;
  const relations = useOrganizationRelations(organization?.workspaceId, organizationId);
  const { definitions } = useCustomFieldDefinitions(workspaceId, 'ORGANIZATION');
  const { members, meId } = useWorkspaceMembers(workspaceId);
  const updateOrganization = useUpdateOrganization();

  if (!organization) {
    return (
      <RecordPageState
        back={back}
        what="organization"
        loading={loading}
        error={error ? describeRequestError(error) : null}
        onRetry={() => void refetch()}
      />
    );
  }

  const editable = canEdit(workspace.role);
  const people = relations.data?.people;
  const deals = relations.data?.deals;

  return (
    <RecordPage
      back={back}
      title={organization.name}
      subtitle={
        <Text color="fg.muted" fontSize="sm">
          Organization · added {formatDateTime(organization.createdAt)}
        </Text>
      }
    >
      <EditableDetails
        gridArea="details"
        what="organization"
        canEdit={editable}
        definitions={definitions}
        customFields={organization.customFields}
        members={members}
        items={[
          {
            label: 'Emails',
            value: organization.emails.length > 0 && (
              <ContactList kind="emails" values={organization.emails} />
            ),
          },
          {
            label: 'Phones',
            value: organization.phones.length > 0 && (
              <ContactList kind="phones" values={organization.phones} />
            ),
          },
          {
            label: 'Links',
            value: organization.links.length > 0 && (
              <ContactList kind="links" values={organization.links} />
            ),
          },
        ]}
        renderForm={(close) => (
          <RecordForm
            fields={ORGANIZATION_FIELDS}
            initialValues={organization}
            definitions={definitions}
            initialCustomFields={organization.customFields}
            members={members}
            submitLabel="Save"
            onCancel={close}
            onSubmit={({ fields, customFields }) =>
              updateOrganization({
                id: organization.id,
                ...organizationInput(fields),
                customFields,
              })
            }
            onSaved={() => {
              close();
              toaster.create({ type: 'success', title: 'Organization saved' });
            }}
          />
        )}
      />
      <RecordSide>
        <RecordSection title="People">
          {!people ? (
            <Text fontSize="sm" color="fg.muted" role="status">
              Loading…
            </Text>
          ) : people.edges.length === 0 ? (
            <Text fontSize="sm" color="fg.muted">
              No one here yet. Pick this organization on a person’s page to add them.
            </Text>
          ) : (
            <Stack
              as="ul"
              gap="1"
              listStyleType="none"
              aria-label={`People at ${organization.name}`}
            >
              {people.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link asChild colorPalette="blue">
                    <RouterLink to={`/people/${node.id}`}>{node.name}</RouterLink>
                  </Link>
                  {node.emails[0] && (
                    <Text as="span" fontSize="sm" color="fg.muted">
                      {' '}
                      · {node.emails[0]}
                    </Text>
                  )}
                </li>
              ))}
              {people.pageInfo.hasNextPage && (
                <Text as="li" fontSize="sm" color="fg.muted">
                  and more: search for them on the People page.
                </Text>
              )}
            </Stack>
          )}
        </RecordSection>
        <RecordSection title="Deals">
          {!deals ? (
            <Text fontSize="sm" color="fg.muted" role="status">
              Loading…
            </Text>
          ) : deals.edges.length === 0 ? (
            <Text fontSize="sm" color="fg.muted">
              No deals yet. Converting a lead from this company makes one.
            </Text>
          ) : (
            <Stack
              as="ul"
              gap="1"
              listStyleType="none"
              aria-label={`Deals with ${organization.name}`}
            >
              {deals.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link asChild colorPalette="blue">
                    <RouterLink to={`/deals/${node.id}`}>{node.name}</RouterLink>
                  </Link>{' '}
                  <Text as="span" fontSize="sm" color="fg.muted">
                    {node.amount == null ? '' : `${formatMoney(node.amount, node.currency)} `}
                  </Text>
                  {node.stage && (
                    <Badge size="sm" variant="outline">
                      {node.stage.step.name}
                    </Badge>
                  )}
                </li>
              ))}
              {deals.pageInfo.hasNextPage && (
                <Text as="li" fontSize="sm" color="fg.muted">
                  and more: find them on the Pipeline page.
                </Text>
              )}
            </Stack>
          )}
        </RecordSection>
        <TasksSection
          workspaceId={workspaceId}
          entityType="ORGANIZATION"
          entityId={organization.id}
          canEdit={editable}
        />
      </RecordSide>
      <RecordTimeline
        gridArea="timeline"
        entityType="ORGANIZATION"
        entityId={organization.id}
        canEdit={editable}
        members={members}
        meId={meId}
      />
    </RecordPage>
  );
}
