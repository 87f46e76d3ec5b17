// Leads move through the lead qualification workflow; its guards read the lead's columns.
import { registerWorkflowEntity } from '../../wfm/entity-registry.ts';
import { withCamelCaseKeys } from '../records/workflow-fields.ts';
import { selectLeadFields } from './sql.ts';

registerWorkflowEntity({
  entityType: 'lead',
  label: 'Lead',
  loadFields: async (tx, id) => withCamelCaseKeys(await selectLeadFields(tx, id)),
  stageChangedEvent: { name: 'crm/lead.stage-changed', idField: 'leadId' },
});
