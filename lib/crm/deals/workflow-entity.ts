// Deals move through the sales workflow: the engine reads a deal's columns for transition guards
// (required_fields ['amount']) and gives it the probability of each step it reaches.
import { registerWorkflowEntity } from '../../wfm/entity-registry.ts';
import { withCamelCaseKeys } from '../records/workflow-fields.ts';
import { selectDealFields, setProbability } from './sql.ts';

registerWorkflowEntity({
  entityType: 'deal',
  label: 'Deal',
  loadFields: async (tx, id) => withCamelCaseKeys(await selectDealFields(tx, id)),
  onStepReached: (tx, id, step) => setProbability(tx, id, step.defaultProbability),
  stageChangedEvent: { name: 'crm/deal.stage-changed', idField: 'dealId' },
});
