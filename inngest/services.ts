// What functions reach services with, handed to each function's factory by createAutomation:
// functions only orchestrate, each step calls a service.
import type { Db } from '../lib/db/port.ts';
import type { SmtpSettings } from '../lib/notifier/smtp.ts';
import type { InngestFunction } from 'inngest';
import type { IntegrationServices } from '../lib/integrations/services.ts';
import type { WaymarkInngest } from './client.ts';

export interface AutomationServices {
  db: Db;
  /** Undefined when SMTP_URL is unset: email notifications are then logged as skipped. */
  smtp: SmtpSettings | undefined;
  /** Where links in notifications point, e.g. http://localhost:8888. */
  publicUrl: string;
  /** Connectors' vault and API bases. */
  integrations: IntegrationServices;
}

/** One durable function, built for a client and the services it calls. */
export type FunctionFactory = (
  inngest: WaymarkInngest,
  services: AutomationServices,
) => InngestFunction.Any;
