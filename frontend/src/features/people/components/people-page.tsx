// People: the workspace's contacts by name, searchable, a page at a time, and "New person".
import {
  type RecordListKind,
  RecordListPage,
} from '../../../components/records/record-list-page.tsx';
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

const people: RecordListKind<PersonRow> = {
  title: 'People',
  description: 'The contacts your team works with, and the organizations they work at.',
  what: 'people',
  search: { label: 'Search people', placeholder: 'Search by name or email' },
  empty: (editable) => ({
    title: 'No people yet',
    description: editable
      ? 'Add a contact with “New person”, or convert a lead: it becomes a person, with a deal.'
      : 'Contacts your team adds show here.',
  }),
  noMatches: (term) => `No one’s name or email contains “${term}”.`,
  useList({ filter: _all, ...variables }) {
    const { data, previousData, ...state } = usePeopleList(variables);
    return { ...state, connection: (data ?? previousData)?.people };
  },
  row: (person) => ({
    to: `/people/${person.id}`,
    name: person.name,
    details:
      [person.organization?.name, person.emails[0], person.phones[0]].filter(Boolean).join(' · ') ||
      'No contact details yet',
  }),
  create: {
    title: 'New person',
    submitLabel: 'Create person',
    entityType: 'PERSON',
    useFields: (workspaceId) => personFields(useOrganizationOptions(workspaceId)),
    useCreate() {
      const createPerson = useCreatePerson();
      return (workspaceId, { fields, customFields }) =>
        createPerson({ workspaceId, ...personInput(fields), customFields });
    },
  },
};

export function PeoplePage() {
  return <RecordListPage kind={people} />;
}
