// People: the workspace's contacts by name, searchable, a page at a time, and "New person".
import type { PeopleListQuery } from '../../../gql/graphql.ts';
import type { RecordListKind } from '../../../components/records/record-list-page.tsx';
import { RecordListPage } from '../../../components/records/record-list-page.tsx';
import { useCreatePerson } from '../api/create-person.ts';
import { useOrganizationOptions } from '../api/organization-options.ts';
import { usePeopleList } from '../api/people-list.ts';
import { personFields, personInput } from '../person-fields.ts';

interface PersonRow {
  id: string;
  name: string;
  emails: string[];
  phones: string[];
  organization?: { name: string } | null;
}

const people: RecordListKind<PeopleListQuery, PersonRow> = {
  title: 'People',
  description: 'The contacts your team works with, and the organizations they work at.',
  searchPlaceholder: 'Search by name or email',
  emptyHint: (editable) =>
    editable
      ? 'Add a contact with “New person”, or convert a lead: it becomes a person, with a deal.'
      : 'Contacts your team adds show here.',
  noMatches: (term) => `No one’s name or email contains “${term}”.`,
  useList: usePeopleList,
  connection: (data) => data.people,
  details: (person) =>
    [person.organization?.name, person.emails[0], person.phones[0]].filter(Boolean).join(' · ') ||
    'No contact details yet',
  create: {
    one: 'person',
    useFields: (workspaceId) => personFields(useOrganizationOptions(workspaceId)),
    useCreate: useCreatePerson,
    toInput: personInput,
  },
};

export function PeoplePage() {
  return <RecordListPage kind={people} />;
}
