// A person: their fields and custom fields, the organization they work at, tasks and timeline.
import { Link, Text } from '@chakra-ui/react';
import { Link as RouterLink, useParams } from 'react-router';
import { contactDetailItems } from '../../../components/records/contact-list.tsx';
import {
  type RecordDetailKind,
  RecordDetailPage,
} from '../../../components/records/record-detail-page.tsx';
import type { PersonDetailQuery } from '../../../gql/graphql.ts';
import { formatDateTime } from '../../../lib/records/dates.ts';
import { useOrganizationOptions } from '../api/organization-options.ts';
import { usePersonDetail } from '../api/person-detail.ts';
import { useUpdatePerson } from '../api/update-person.ts';
import { personFields, personInput } from '../person-fields.ts';

type Person = NonNullable<PersonDetailQuery['person']>;

const person: RecordDetailKind<Person> = {
  what: 'person',
  back: { to: '/people', label: 'People' },
  entityType: 'PERSON',
  useRecord(id) {
    const { data, ...state } = usePersonDetail(id);
    return { ...state, record: data?.person };
  },
  useFields: (workspaceId) => personFields(useOrganizationOptions(workspaceId)),
  useUpdate() {
    const updatePerson = useUpdatePerson();
    return (person, { fields, customFields }) =>
      updatePerson({ id: person.id, ...personInput(fields), customFields });
  },
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
