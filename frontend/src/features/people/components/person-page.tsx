// A person: their fields and custom fields, the organization they work at, tasks and timeline.
import { Link, Text } from '@chakra-ui/react';
import { Link as RouterLink, useParams } from 'react-router';
import { contactDetailItems } from '../../../components/records/contact-list.tsx';
import type { RecordDetailKind } from '../../../components/records/record-detail-page.tsx';
import { RecordDetailPage } from '../../../components/records/record-detail-page.tsx';
import type { PersonDetailQuery } from '../../../gql/graphql.ts';
import { formatDateTime } from '../../../lib/records/dates.ts';
import { useOrganizationOptions } from '../api/organization-options.ts';
import { usePersonDetail } from '../api/person-detail.ts';
import { useUpdatePerson } from '../api/update-person.ts';
import { personFields, personInput } from '../person-fields.ts';

const person: RecordDetailKind<'person', PersonDetailQuery> = {
  what: 'person',
  back: { to: '/people', label: 'People' },
  useRecord: usePersonDetail,
  useFields: (workspaceId) => personFields(useOrganizationOptions(workspaceId)),
  useUpdate: useUpdatePerson,
  toInput: personInput,
  useView(person) {
    const organizationLink = person.organization && (
      <Link asChild colorPalette="blue">
        <RouterLink to={`/organizations/${person.organization.id}`}>
          {person.organization.name}
        </RouterLink>
      </Link>
    );
    return {
      subtitle: (
        <Text color="fg.muted" fontSize="sm">
          {person.organization ? <>Works at {organizationLink} · </> : null}added{' '}
          {formatDateTime(person.createdAt)}
        </Text>
      ),
      items: [{ label: 'Organization', value: organizationLink }, ...contactDetailItems(person)],
    };
  },
};

export function PersonPage() {
  const { personId = '' } = useParams();
  return <RecordDetailPage kind={person} id={personId} />;
}
