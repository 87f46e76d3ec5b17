// A lead: its fields and custom fields, its stage in the lead workflow (and the moves it may
// make), its tasks and timeline, and "Convert lead"; once converted, what it became.
import { Alert, Badge, Link, Text } from '@chakra-ui/react';
import { useParams } from 'react-router';
import { Link as RouterLink } from 'react-router';
import { toaster } from '../../../components/toaster.tsx';
import { canEdit, useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useCustomFieldDefinitions } from '../../../api/records/custom-field-definitions.ts';
import { useRecordTransitions } from '../../../api/records/record-transitions.ts';
import { useWorkspaceMembers } from '../../../hooks/use-workspace-members.ts';
import { formatDateTime } from '../../../lib/records/dates.ts';
import { EditableDetails } from '../../../components/records/editable-details.tsx';
import { RecordForm } from '../../../components/records/record-form.tsx';
import {
  RecordPage,
  RecordPageState,
  RecordSide,
} from '../../../components/records/record-page.tsx';
import { RecordTimeline } from '../../../components/records/record-timeline.tsx';
import { StageSection } from '../../../components/records/stage-section.tsx';
import { TasksSection } from '../../../components/records/tasks-section.tsx';
import { useLeadDetail } from '../api/lead-detail.ts';
import { useMoveLead } from '../api/move-lead.ts';
import { useUpdateLead } from '../api/update-lead.ts';
import { LEAD_FIELDS } from '../lead-fields.ts';
import { ConvertLeadDialog } from './convert-lead-dialog.tsx';

const back = { to: '/leads', label: 'Leads' };

export function LeadPage() {
  const { leadId = '' } = useParams();
  const workspace = useWorkspace();
  const { data, loading, error, refetch } = useLeadDetail(leadId);
  const lead = data?.lead;
  const workspaceId = lead?.workspaceId ?? workspace.id;
  const { definitions } = useCustomFieldDefinitions(workspaceId, 'LEAD');
  const { members, meId } = useWorkspaceMembers(workspaceId);
  const transitions = useRecordTransitions('lead', leadId, { skip: !lead });
  const updateLead = useUpdateLead();
  const moveLead = useMoveLead();

  if (!lead) {
    return (
      <RecordPageState
        back={back}
        what="lead"
        loading={loading}
        error={error ? describeRequestError(error) : null}
        onRetry={() => void refetch()}
      />
    );
  }

  const editable = canEdit(workspace.role);
  const options = transitions.data?.availableTransitions;
  const wonOptions = options?.filter((option) => option.step.status.category === 'WON');
  const wonOption = wonOptions?.find((option) => option.allowed) ?? wonOptions?.[0];

  return (
    <RecordPage
      back={back}
      title={lead.name}
      badges={
        lead.converted ? (
          <Badge colorPalette="green" variant="subtle">
            Converted
          </Badge>
        ) : (
          lead.stage && <Badge variant="outline">{lead.stage.step.name}</Badge>
        )
      }
      subtitle={
        <Text color="fg.muted" fontSize="sm">
          Lead{lead.company ? ` at ${lead.company}` : ''} · added {formatDateTime(lead.createdAt)}
        </Text>
      }
      actions={
        editable &&
        !lead.converted && (
          <ConvertLeadDialog
            lead={{
              id: lead.id,
              name: lead.name,
              company: lead.company,
              stepName: lead.stage?.step.name,
            }}
            wonOption={wonOption}
          />
        )
      }
      notice={
        lead.converted && (
          <Alert.Root status="success">
            <Alert.Indicator />
            <Alert.Content>
              <Alert.Title>
                Converted{lead.convertedAt ? ` on ${formatDateTime(lead.convertedAt)}` : ''}
              </Alert.Title>
              <Alert.Description>
                {lead.convertedDeal ? (
                  <>
                    It became the deal{' '}
                    <Link asChild colorPalette="blue" fontWeight="medium">
                      <RouterLink to={`/deals/${lead.convertedDeal.id}`}>
                        {lead.convertedDeal.name}
                      </RouterLink>
                    </Link>
                  </>
                ) : (
                  'The deal it became has since been deleted'
                )}
                {lead.convertedPerson && (
                  <>
                    , with{' '}
                    <Link asChild colorPalette="blue">
                      <RouterLink to={`/people/${lead.convertedPerson.id}`}>
                        {lead.convertedPerson.name}
                      </RouterLink>
                    </Link>
                  </>
                )}
                {lead.convertedOrganization && (
                  <>
                    {' '}
                    at{' '}
                    <Link asChild colorPalette="blue">
                      <RouterLink to={`/organizations/${lead.convertedOrganization.id}`}>
                        {lead.convertedOrganization.name}
                      </RouterLink>
                    </Link>
                  </>
                )}
                .
              </Alert.Description>
            </Alert.Content>
          </Alert.Root>
        )
      }
    >
      <EditableDetails
        gridArea="details"
        what="lead"
        canEdit={editable}
        definitions={definitions}
        customFields={lead.customFields}
        members={members}
        items={[
          {
            label: 'Email',
            value: lead.email && (
              <Link href={`mailto:${lead.email}`} colorPalette="blue">
                {lead.email}
              </Link>
            ),
          },
          { label: 'Company', value: lead.company },
          { label: 'Source', value: lead.source },
          { label: 'Score', value: `${lead.score} / 100` },
          {
            label: 'Last contacted',
            value: lead.lastContactedAt && formatDateTime(lead.lastContactedAt),
          },
        ]}
        renderForm={(close) => (
          <RecordForm
            fields={LEAD_FIELDS}
            initialValues={lead}
            definitions={definitions}
            initialCustomFields={lead.customFields}
            members={members}
            submitLabel="Save"
            onCancel={close}
            onSubmit={({ fields, customFields }) => {
              const { score, ...rest } = fields;
              return updateLead({
                id: lead.id,
                ...rest,
                ...(score === null ? {} : { score: score as number }),
                customFields,
              });
            }}
            onSaved={() => {
              close();
              toaster.create({ type: 'success', title: 'Lead saved' });
            }}
          />
        )}
      />
      <RecordSide>
        <StageSection
          stage={lead.stage}
          options={options}
          canMove={editable}
          what="this lead"
          onMove={(step) => moveLead(lead.id, lead.stage?.step.name ?? 'its step', step)}
        />
        <TasksSection
          workspaceId={workspaceId}
          entityType="LEAD"
          entityId={lead.id}
          canEdit={editable}
        />
      </RecordSide>
      <RecordTimeline
        gridArea="timeline"
        entityType="LEAD"
        entityId={lead.id}
        canEdit={editable}
        members={members}
        meId={meId}
      />
    </RecordPage>
  );
}
