// The composition root's one wiring step: the record kinds that move through workflows are
// registered with the generic engine here, explicitly, rather than by a module's import side
// effect. Every entry point calls it before serving (the server, the worker, the deployed
// functions, the seed and the benchmarks; tests through test/setup/register-modules.ts).
import { dealWorkflowEntity } from '../crm/deals/service.ts';
import { leadWorkflowEntity } from '../crm/leads/service.ts';
import { slackConnector } from '../integrations/slack/connector.ts';
import { telegramConnector } from '../integrations/telegram/connector.ts';
import { emailConnector } from '../integrations/email/connector.ts';
import { registerConnector } from '../integrations/registry.ts';
import { registerWorkflowEntity } from '../wfm/entity-registry.ts';

export function registerModules(): void {
  for (const entity of [dealWorkflowEntity, leadWorkflowEntity]) registerWorkflowEntity(entity);
  registerConnector(slackConnector);
  registerConnector(telegramConnector);
  registerConnector(emailConnector);
}
