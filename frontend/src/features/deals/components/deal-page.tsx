// A deal: its fields and custom fields, its organization and people, its stage in the sales
// workflow (and the moves it may make), its tasks and timeline. Arriving from a lead's
// conversion, it says so.
import { Alert, Badge, CloseButton, HStack, Link, Text } from '@chakra-ui/react';
import { useState } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { toaster } from '../../../components/toaster.tsx';
import { canEdit, useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { formatMoney, formatPercent } from '../../../lib/format.ts';
import { useCustomFieldDefinitions } from '../../../api/records/custom-field-definitions.ts';
import { useRecordTransitions } from '../../../api/records/record-transitions.ts';
import { useWorkspaceMembers } from '../../../hooks/use-workspace-members.ts';
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
import { formatCalendarDate, formatDateTime } from '../../../lib/records/dates.ts';
import { useDealDetail } from '../api/deal-detail.ts';
import { useMoveDealStage } from '../api/move-deal-stage.ts';
import { useUpdateDeal } from '../api/update-deal.ts';
import { DealAssignee } from './deal-assignee.tsx';
import { DEAL_FIELDS } from '../deal-fields.ts';

const back = { to: '/pipeline', label: 'Pipeline' };

/** Set by the convert dialog when it sends the user here. */
interface ArrivedFrom {
  convertedFrom?: { id: string; name: string };
}

export function DealPage() {
  const { dealId = '' } = useParams();
  const location = useLocation();
  const [convertedFrom, setConvertedFrom] = useState(
    (location.state as ArrivedFrom | null)?.convertedFrom,
  );
  const workspace = useWorkspace();
  const { data, loading, error, refetch } = useDealDetail(dealId);
  const deal = data?.deal;
  const workspaceId = deal?.workspaceId ?? workspace.id;
  const { definitions } = useCustomFieldDefinitions(workspaceId, 'DEAL');
  const { members, meId } = useWorkspaceMembers(workspaceId);
  const transitions = useRecordTransitions('deal', dealId, { skip: !deal });
  const updateDeal = useUpdateDeal();
  const moveDeal = useMoveDealStage();

  if (!deal) {
    return (
      <RecordPageState
        back={back}
        what="deal"
        loading={loading}
        error={error ? describeRequestError(error) : null}
        onRetry={() => void refetch()}
      />
    );
  }

  const editable = canEdit(workspace.role);
  const category = deal.stage?.step.status.category;
  const member = (id: string | null | undefined) =>
    id
      ? id === meId
        ? 'You'
        : (members.find((m) => m.userId === id)?.email ?? 'A former member')
      : null;

  return (
    <RecordPage
      back={back}
      title={deal.name}
      badges={
        deal.stage && (
          <Badge
            variant="subtle"
            colorPalette={category === 'WON' ? 'green' : category === 'LOST' ? 'red' : 'blue'}
          >
            {deal.stage.step.name}
          </Badge>
        )
      }
      subtitle={
        <Text color="fg.muted" fontSize="sm">
          {deal.amount == null ? 'No amount yet' : formatMoney(deal.amount, deal.currency)} ·{' '}
          {formatPercent(deal.probability)} to win
          {deal.organization ? ` · ${deal.organization.name}` : ''}
        </Text>
      }
      notice={
        convertedFrom && (
          <Alert.Root status="success" role="status">
            <Alert.Indicator />
            <Alert.Content>
              <Alert.Title>Converted from the lead {convertedFrom.name}</Alert.Title>
              <Alert.Description>
                This deal
                {deal.people.length > 0
                  ? `, its contact ${deal.people.map((p) => p.name).join(', ')}`
                  : ''}
                {deal.organization ? ` and the organization ${deal.organization.name}` : ''} were
                made from{' '}
                <Link asChild colorPalette="blue">
                  <RouterLink to={`/leads/${convertedFrom.id}`}>the lead</RouterLink>
                </Link>
                . It starts in {deal.stage?.step.name ?? 'the first step'} of the pipeline.
              </Alert.Description>
            </Alert.Content>
            <CloseButton
              size="sm"
              aria-label="Dismiss"
              onClick={() => setConvertedFrom(undefined)}
            />
          </Alert.Root>
        )
      }
    >
      <EditableDetails
        gridArea="details"
        what="deal"
        canEdit={editable}
        definitions={definitions}
        customFields={deal.customFields}
        members={members}
        items={[
          {
            label: 'Amount',
            value: deal.amount == null ? null : formatMoney(deal.amount, deal.currency),
          },
          {
            label: 'Expected close',
            value: deal.expectedCloseDate && formatCalendarDate(deal.expectedCloseDate),
          },
          { label: 'Win probability', value: formatPercent(deal.probability) },
          {
            label: 'Organization',
            value: deal.organization && (
              <Link asChild colorPalette="blue">
                <RouterLink to={`/organizations/${deal.organization.id}`}>
                  {deal.organization.name}
                </RouterLink>
              </Link>
            ),
          },
          {
            label: 'People',
            value: deal.people.length > 0 && (
              <HStack as="span" gap="3" flexWrap="wrap">
                {deal.people.map((person) => (
                  <Link key={person.id} asChild colorPalette="blue">
                    <RouterLink to={`/people/${person.id}`}>{person.name}</RouterLink>
                  </Link>
                ))}
              </HStack>
            ),
          },
          { label: 'Owner', value: member(deal.ownerId) },
          { label: 'Assignee', value: member(deal.assigneeId) },
          { label: 'Created', value: formatDateTime(deal.createdAt) },
        ]}
        renderForm={(close) => (
          <RecordForm
            fields={DEAL_FIELDS}
            initialValues={deal}
            definitions={definitions}
            initialCustomFields={deal.customFields}
            members={members}
            submitLabel="Save"
            onCancel={close}
            onSubmit={({ fields, customFields }) =>
              updateDeal({ id: deal.id, ...fields, customFields })
            }
            onSaved={() => {
              close();
              toaster.create({ type: 'success', title: 'Deal saved' });
            }}
          />
        )}
      />
      <RecordSide>
        <DealAssignee deal={deal} members={members} meId={meId} canEdit={editable} />
        <StageSection
          stage={deal.stage}
          options={transitions.data?.availableTransitions}
          canMove={editable}
          what={`“${deal.name}”`}
          onMove={(step) => moveDeal(deal, deal.stage?.step.name ?? 'its step', step)}
        />
        <TasksSection
          workspaceId={workspaceId}
          entityType="DEAL"
          entityId={deal.id}
          canEdit={editable}
        />
      </RecordSide>
      <RecordTimeline
        gridArea="timeline"
        entityType="DEAL"
        entityId={deal.id}
        canEdit={editable}
        members={members}
        meId={meId}
      />
    </RecordPage>
  );
}
