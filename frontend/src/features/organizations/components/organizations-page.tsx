// Organizations: the companies the workspace deals with, searchable, a page at a time.
import type { OrganizationsListQuery } from '../../../gql/graphql.ts';
import type { RecordListKind } from '../../../components/records/record-list-page.tsx';
import { RecordListPage } from '../../../components/records/record-list-page.tsx';
import { useCreateOrganization } from '../api/create-organization.ts';
import { useOrganizationsList } from '../api/organizations-list.ts';
import { ORGANIZATION_FIELDS, organizationInput } from '../organization-fields.ts';

interface OrganizationRow {
  id: string;
  name: string;
  emails: string[];
  links: string[];
}

const organizations: RecordListKind<OrganizationsListQuery, OrganizationRow> = {
  title: 'Organizations',
  description: 'The companies your team deals with, their people and their deals.',
  searchPlaceholder: 'Search by name or email',
  emptyHint: (editable) =>
    editable
      ? 'Add one with “New organization”, or convert a lead with a company: the company becomes an organization.'
      : 'Organizations your team adds show here.',
  noMatches: (term) => `No organization’s name or email contains “${term}”.`,
  useList: useOrganizationsList,
  connection: (data) => data.organizations,
  details: (organization) =>
    [organization.links[0], organization.emails[0]].filter(Boolean).join(' · ') ||
    'No contact details yet',
  create: {
    one: 'organization',
    useFields: () => ORGANIZATION_FIELDS,
    useCreate: useCreateOrganization,
    toInput: organizationInput,
  },
};

export function OrganizationsPage() {
  return <RecordListPage kind={organizations} />;
}
