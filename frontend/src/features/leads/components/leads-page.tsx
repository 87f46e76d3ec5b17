// Leads: the workspace's leads by name, searchable, converted or not, a page at a time, and
// "New lead".
import { Badge } from '@chakra-ui/react';
import type { LeadsListQuery } from '../../../gql/graphql.ts';
import type { RecordListKind } from '../../../components/records/record-list-page.tsx';
import { RecordListPage } from '../../../components/records/record-list-page.tsx';
import { useCreateLead } from '../api/create-lead.ts';
import { useLeadsList } from '../api/leads-list.ts';
import { LEAD_FIELDS, leadInput } from '../lead-fields.ts';

type Show = 'all' | 'open' | 'converted';

interface LeadRow {
  id: string;
  name: string;
  email?: string | null;
  company?: string | null;
  score: number;
  converted: boolean;
  stage?: { step: { name: string } } | null;
}

const leads: RecordListKind<LeadsListQuery, LeadRow, Show> = {
  title: 'Leads',
  description:
    'People who may become customers: qualify them through the lead workflow, then convert them into deals.',
  searchPlaceholder: 'Search by name, email or company',
  filter: {
    label: 'Show',
    options: [
      { value: 'all', label: 'All leads' },
      { value: 'open', label: 'Not converted' },
      { value: 'converted', label: 'Converted' },
    ],
  },
  emptyHint: (editable) =>
    editable
      ? 'Add the first one with “New lead”: a name is enough. Qualify it through the lead workflow, then convert it into a deal.'
      : 'Leads your team adds show here.',
  noMatches: (term, show) =>
    term
      ? `No ${show === 'all' ? '' : show === 'open' ? 'unconverted ' : 'converted '}lead’s name, email or company contains “${term}”.`
      : show === 'converted'
        ? 'No lead has been converted yet.'
        : 'Every lead has been converted.',
  useList: (variables, show) =>
    useLeadsList({ ...variables, converted: show === 'all' ? null : show === 'converted' }),
  connection: (data) => data.leads,
  details: (lead) =>
    [lead.company, lead.email].filter(Boolean).join(' · ') || 'No company or email yet',
  aside: (lead) => (
    <>
      {lead.converted ? (
        <Badge colorPalette="green" variant="subtle">
          Converted
        </Badge>
      ) : (
        lead.stage && <Badge variant="outline">{lead.stage.step.name}</Badge>
      )}
      <Badge variant="subtle" title="Score, 0–100">
        {lead.score}
      </Badge>
    </>
  ),
  create: {
    one: 'lead',
    useFields: () => LEAD_FIELDS,
    useCreate: useCreateLead,
    toInput: leadInput,
    addedDescription: 'It starts in the first step of the lead workflow.',
  },
};

export function LeadsPage() {
  return <RecordListPage kind={leads} />;
}
