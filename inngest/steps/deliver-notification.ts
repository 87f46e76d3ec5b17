// Delivering a notification as durable steps: in-app at once, then email, after sleeping through
// the person's quiet hours when needed. In-app is its own step before any email work, so an SMTP
// server that is down delays the email (the send step is retried) and never the in-app delivery.
import type { GetStepTools } from 'inngest';
import { planEmail, sendEmail } from '../../lib/notifier/email.ts';
import { deliverInApp } from '../../lib/notifier/in-app.ts';
import type { Notification } from '../../lib/notifier/notification.ts';
import type { inngest } from '../client.ts';
import { automationDb, automationSmtp } from '../services.ts';

type Step = GetStepTools<typeof inngest>;

export async function deliverNotification(step: Step, notification: Notification): Promise<void> {
  await step.run('deliver-in-app', () => deliverInApp(automationDb(), notification));
  const plan = () =>
    automationDb().asService((tx) => planEmail(tx, notification, new Date(), automationSmtp()));
  let email = await step.run('plan-email', plan);
  if (email.action === 'defer') {
    await step.sleepUntil('wait-for-quiet-hours-to-end', email.until);
    email = await step.run('plan-email-after-quiet-hours', plan);
  }
  if (email.action === 'send') {
    await step.run('send-email', () => sendEmail(automationDb(), notification, automationSmtp()!));
  }
}
