// A deal: its fields and custom fields, its organization and people, its assignee, its stage in
// the sales workflow (and the moves it may make), its tasks and timeline. Arriving from a lead's
// conversion, it says so.
import { Alert, Badge, CloseButton, HStack, Link, Text } from '@chakra-ui/react';
import { useState } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import type { RecordDetailKind } from '../../../components/records/record-detail-page.tsx';
import { RecordDetailPage } from '../../../components/records/record-detail-page.tsx';
import type { DealDetailQuery } from '../../../gql/graphql.ts';
import { formatMoney, formatPercent } from '../../../lib/format.ts';
import { formatCalendarDate, formatDateTime } from '../../../lib/records/dates.ts';
import { useDealDetail } from '../api/deal-detail.ts';
import { useMoveDealStage } from '../api/move-deal-stage.ts';
import { useUpdateDeal } from '../api/update-deal.ts';
import { DEAL_FIELDS } from '../deal-fields.ts';
import { DealAssignee } from './deal-assignee.tsx';

/** Set by the convert dialog when it sends the user here. */
interface ArrivedFrom {
  convertedFrom?: { id: string; name: string };
}

const deal: RecordDetailKind<'deal', DealDetailQuery> = {
  what: 'deal',
  back: { to: '/pipeline', label: 'Pipeline' },
  useRecord: useDealDetail,
  useFields: () => DEAL_FIELDS,
  useUpdate: useUpdateDeal,
  useView(deal, { editable, members, meId }) {
    const location = useLocation();
    const [convertedFrom, setConvertedFrom] = useState(
      (location.state as ArrivedFrom | null)?.convertedFrom,
    );
    const moveDeal = useMoveDealStage();
    const category = deal.stage?.step.status.category;
    const member = (id: string | null | undefined) =>
      id
        ? id === meId
          ? 'You'
          : (members.find((m) => m.userId === id)?.email ?? 'A former member')
        : null;
    return {
      badges: deal.stage && (
        <Badge
          variant="subtle"
          colorPalette={category === 'WON' ? 'green' : category === 'LOST' ? 'red' : 'blue'}
        >
          {deal.stage.step.name}
        </Badge>
      ),
      subtitle: (
        <Text color="fg.muted" fontSize="sm">
          {deal.amount == null ? 'No amount yet' : formatMoney(deal.amount)} ·{' '}
          {formatPercent(deal.probability)} to win
          {deal.organization ? ` · ${deal.organization.name}` : ''}
        </Text>
      ),
      notice: convertedFrom && (
        <Alert.Root status="success" role="status">
          <Alert.Indicator />
          <Alert.Content>
            <Alert.Title>Converted from the lead {convertedFrom.name}</Alert.Title>
            <Alert.Description>
              This deal
              {deal.people.length > 0
                ? `, its contact ${deal.people.map((p) => p.name).join(', ')}`
                : ''}
              {deal.organization ? ` and the organization ${deal.organization.name}` : ''} were made
              from{' '}
              <Link asChild colorPalette="blue">
                <RouterLink to={`/leads/${convertedFrom.id}`}>the lead</RouterLink>
              </Link>
              . It starts in {deal.stage?.step.name ?? 'the first step'} of the pipeline.
            </Alert.Description>
          </Alert.Content>
          <CloseButton size="sm" aria-label="Dismiss" onClick={() => setConvertedFrom(undefined)} />
        </Alert.Root>
      ),
      items: [
        {
          label: 'Amount',
          value: deal.amount == null ? null : formatMoney(deal.amount),
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
      ],
      side: <DealAssignee deal={deal} members={members} meId={meId} canEdit={editable} />,
      stage: {
        stage: deal.stage,
        what: `“${deal.name}”`,
        move: (step) => moveDeal(deal, deal.stage?.step.name ?? 'its step', step),
      },
    };
  },
};

export function DealPage() {
  const { dealId = '' } = useParams();
  return <RecordDetailPage kind={deal} id={dealId} />;
}
