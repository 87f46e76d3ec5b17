// A lead: its fields and custom fields, its stage in the lead workflow (and the moves it may
// make), its tasks and timeline, and "Convert lead"; once converted, what it became.
import { Badge, Link, Text } from '@chakra-ui/react';
import { useParams } from 'react-router';
import type { RecordDetailKind } from '../../../components/records/record-detail-page.tsx';
import { RecordDetailPage } from '../../../components/records/record-detail-page.tsx';
import type { LeadDetailQuery } from '../../../gql/graphql.ts';
import { formatDateTime } from '../../../lib/records/dates.ts';
import { useLeadDetail } from '../api/lead-detail.ts';
import { useMoveLead } from '../api/move-lead.ts';
import { useUpdateLead } from '../api/update-lead.ts';
import { LEAD_FIELDS, leadInput } from '../lead-fields.ts';
import { ConvertLeadDialog } from './convert-lead-dialog.tsx';
import { ConvertedLeadNotice } from './converted-lead-notice.tsx';

const lead: RecordDetailKind<'lead', LeadDetailQuery> = {
  what: 'lead',
  back: { to: '/leads', label: 'Leads' },
  useRecord: useLeadDetail,
  useFields: () => LEAD_FIELDS,
  useUpdate: useUpdateLead,
  toInput: leadInput,
  useView(lead, { editable, transitions }) {
    const moveLead = useMoveLead();
    const wonOptions = transitions?.filter((option) => option.step.status.category === 'WON');
    const wonOption = wonOptions?.find((option) => option.allowed) ?? wonOptions?.[0];
    return {
      badges: lead.converted ? (
        <Badge colorPalette="green" variant="subtle">
          Converted
        </Badge>
      ) : (
        lead.stage && <Badge variant="outline">{lead.stage.step.name}</Badge>
      ),
      subtitle: (
        <Text color="fg.muted" fontSize="sm">
          Lead{lead.company ? ` at ${lead.company}` : ''} · added {formatDateTime(lead.createdAt)}
        </Text>
      ),
      actions: editable && !lead.converted && (
        <ConvertLeadDialog
          lead={{
            id: lead.id,
            name: lead.name,
            company: lead.company,
            stepName: lead.stage?.step.name,
          }}
          wonOption={wonOption}
        />
      ),
      notice: lead.converted && <ConvertedLeadNotice lead={lead} />,
      items: [
        {
          label: 'Email',
          value: lead.email && (
            <Link href={`mailto:${lead.email}`} colorPalette="blue">
              {lead.email}
            </Link>
          ),
        },
        { label: 'Company', value: lead.company },
        { label: 'Source', value: lead.source },
        { label: 'Score', value: `${lead.score} / 100` },
        {
          label: 'Last contacted',
          value: lead.lastContactedAt && formatDateTime(lead.lastContactedAt),
        },
      ],
      stage: {
        stage: lead.stage,
        what: 'this lead',
        move: (step) => moveLead(lead.id, lead.stage?.step.name ?? 'its step', step),
      },
    };
  },
};

export function LeadPage() {
  const { leadId = '' } = useParams();
  return <RecordDetailPage kind={lead} id={leadId} />;
}
