// What functions reach services with. Functions only orchestrate: each step calls a service.
// The server (or worker) provides these at start.
import type { Db } from '../lib/db/port.ts';
import type { SmtpSettings } from '../lib/notifier/smtp.ts';

export interface AutomationServices {
  db: Db;
  /** Undefined when SMTP_URL is unset: email notifications are then logged as skipped. */
  smtp: SmtpSettings | undefined;
  /** Where links in notifications point, e.g. http://localhost:8888. */
  publicUrl: string;
}

let services: AutomationServices | undefined;

export function provideAutomationServices(provided: AutomationServices): void {
  services = provided;
}

function provided(): AutomationServices {
  if (!services) throw new Error('Automation functions ran before the server provided services');
  return services;
}

export const automationDb = (): Db => provided().db;
export const automationSmtp = (): SmtpSettings | undefined => provided().smtp;
export const automationPublicUrl = (): string => provided().publicUrl;
