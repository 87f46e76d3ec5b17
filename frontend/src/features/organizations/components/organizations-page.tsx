// Organizations: the companies the workspace deals with, searchable, a page at a time.
import {
  type RecordListKind,
  RecordListPage,
} from '../../../components/records/record-list-page.tsx';
import { useCreateOrganization } from '../api/create-organization.ts';
import { useOrganizationsList } from '../api/organizations-list.ts';
import { ORGANIZATION_FIELDS, organizationInput } from '../organization-fields.ts';

interface OrganizationRow {
  id: string;
  name: string;
  emails: string[];
  links: string[];
}

const organizations: RecordListKind<OrganizationRow> = {
  title: 'Organizations',
  description: 'The companies your team deals with, their people and their deals.',
  what: 'organizations',
  search: { label: 'Search organizations', placeholder: 'Search by name or email' },
  empty: (editable) => ({
    title: 'No organizations yet',
    description: editable
      ? 'Add one with “New organization”, or convert a lead with a company: the company becomes an organization.'
      : 'Organizations your team adds show here.',
  }),
  noMatches: (term) => `No organization’s name or email contains “${term}”.`,
  useList({ filter: _all, ...variables }) {
    const { data, previousData, ...state } = useOrganizationsList(variables);
    return { ...state, connection: (data ?? previousData)?.organizations };
  },
  row: (organization) => ({
    to: `/organizations/${organization.id}`,
    name: organization.name,
    details:
      [organization.links[0], organization.emails[0]].filter(Boolean).join(' · ') ||
      'No contact details yet',
  }),
  create: {
    title: 'New organization',
    submitLabel: 'Create organization',
    entityType: 'ORGANIZATION',
    useFields: () => ORGANIZATION_FIELDS,
    useCreate() {
      const createOrganization = useCreateOrganization();
      return (workspaceId, { fields, customFields }) =>
        createOrganization({ workspaceId, ...organizationInput(fields), customFields });
    },
  },
};

export function OrganizationsPage() {
  return <RecordListPage kind={organizations} />;
}
