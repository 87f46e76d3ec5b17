// Delivering a notification as durable steps: `notify` delivers in-app at once and decides about
// email; the email goes in its own step, after sleeping through the person's quiet hours when
// needed. An SMTP server that is down delays only that step (it is retried): the in-app delivery
// is done and recorded before any email work, and its dedupe key keeps a retried `notify` from
// delivering it twice.
import type { GetStepTools } from 'inngest';
import { planEmail, sendEmail } from '../../lib/notifier/email.ts';
import { deliverInApp } from '../../lib/notifier/in-app.ts';
import type { Notification } from '../../lib/notifier/notification.ts';
import type { WaymarkInngest } from '../client.ts';
import type { AutomationServices } from '../services.ts';

type Step = GetStepTools<WaymarkInngest>;

export async function deliverNotification(
  step: Step,
  { db, smtp }: AutomationServices,
  notification: Notification,
): Promise<void> {
  const planNow = () => db.asService((tx) => planEmail(tx, notification, new Date(), smtp));
  let email = await step.run('notify', async () => {
    await deliverInApp(db, notification);
    return planNow();
  });
  if (email.action === 'defer') {
    await step.sleepUntil('wait-for-quiet-hours-to-end', email.until);
    email = await step.run('plan-email-after-quiet-hours', planNow);
  }
  if (email.action === 'send') {
    await step.run('send-email', () => sendEmail(db, notification, smtp!));
  }
}
