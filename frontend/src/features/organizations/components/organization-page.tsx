// An organization: its fields and custom fields, its people and deals, tasks and timeline.
import { Badge, Link, Text } from '@chakra-ui/react';
import { Link as RouterLink, useParams } from 'react-router';
import { contactDetailItems } from '../../../components/records/contact-list.tsx';
import type { RecordDetailKind } from '../../../components/records/record-detail-page.tsx';
import { RecordDetailPage } from '../../../components/records/record-detail-page.tsx';
import type { OrganizationDetailQuery } from '../../../gql/graphql.ts';
import { formatMoney } from '../../../lib/format.ts';
import { formatDateTime } from '../../../lib/records/dates.ts';
import { useOrganizationDetail, useOrganizationRelations } from '../api/organization-detail.ts';
import { useUpdateOrganization } from '../api/update-organization.ts';
import { ORGANIZATION_FIELDS, organizationInput } from '../organization-fields.ts';
import { RelatedRecords } from './related-records.tsx';

const organization: RecordDetailKind<'organization', OrganizationDetailQuery> = {
  what: 'organization',
  back: { to: '/organizations', label: 'Organizations' },
  useRecord: useOrganizationDetail,
  useFields: () => ORGANIZATION_FIELDS,
  useUpdate: useUpdateOrganization,
  toInput: organizationInput,
  useView(organization) {
    const relations = useOrganizationRelations(organization.workspaceId, organization.id);
    return {
      subtitle: (
        <Text color="fg.muted" fontSize="sm">
          Organization · added {formatDateTime(organization.createdAt)}
        </Text>
      ),
      items: contactDetailItems(organization),
      side: (
        <>
          <RelatedRecords
            title="People"
            label={`People at ${organization.name}`}
            connection={relations.data?.people}
            none="No one here yet. Pick this organization on a person’s page to add them."
            more="and more: search for them on the People page."
          >
            {(person) => (
              <>
                <Link asChild colorPalette="blue">
                  <RouterLink to={`/people/${person.id}`}>{person.name}</RouterLink>
                </Link>
                {person.emails[0] && (
                  <Text as="span" fontSize="sm" color="fg.muted">
                    {' '}
                    · {person.emails[0]}
                  </Text>
                )}
              </>
            )}
          </RelatedRecords>
          <RelatedRecords
            title="Deals"
            label={`Deals with ${organization.name}`}
            connection={relations.data?.deals}
            none="No deals yet. Converting a lead from this company makes one."
            more="and more: find them on the Pipeline page."
          >
            {(deal) => (
              <>
                <Link asChild colorPalette="blue">
                  <RouterLink to={`/deals/${deal.id}`}>{deal.name}</RouterLink>
                </Link>{' '}
                <Text as="span" fontSize="sm" color="fg.muted">
                  {deal.amount == null ? '' : `${formatMoney(deal.amount)} `}
                </Text>
                {deal.stage && (
                  <Badge size="sm" variant="outline">
                    {deal.stage.step.name}
                  </Badge>
                )}
              </>
            )}
          </RelatedRecords>
        </>
      ),
    };
  },
};

export function OrganizationPage() {
  const { organizationId = '' } = useParams();
  return <RecordDetailPage kind={organization} id={organizationId} />;
}
