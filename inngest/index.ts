// Every durable function Waymark serves, for serve() and the embedded executor alike, built for
// one client and its services.
import type { WaymarkInngest } from './client.ts';
import { decideTip } from './functions/decide-tip.ts';
import { ingestWebhookDelivery } from './functions/ingest-webhook-delivery.ts';
import { deliverReply } from './functions/deliver-reply.ts';
import {
  creditTipOnDealProgress,
  learnFromFeedback,
  resurfaceSnoozedTip,
} from './functions/learn-from-feedback.ts';
import { reportOverdueActivities } from './functions/report-overdue-activities.ts';
import {
  requestMorningTips,
  requestTipOnOverdueActivity,
  requestTipOnUnansweredMessage,
} from './functions/request-tips.ts';
import { reviewNewDeal } from './functions/review-new-deal.ts';
import { runStepAutomations } from './functions/run-step-automations.ts';
import { storeAttachments } from './functions/store-attachments.ts';
import { scheduleConnectionSyncs, syncConnection } from './functions/sync-connections.ts';
import type { AutomationServices, FunctionFactory } from './services.ts';

const factories: FunctionFactory[] = [
  reviewNewDeal,
  runStepAutomations,
  reportOverdueActivities,
  decideTip,
  learnFromFeedback,
  resurfaceSnoozedTip,
  creditTipOnDealProgress,
  requestMorningTips,
  requestTipOnOverdueActivity,
  requestTipOnUnansweredMessage,
  ingestWebhookDelivery,
  scheduleConnectionSyncs,
  syncConnection,
  deliverReply,
  storeAttachments,
];

export function createFunctions(inngest: WaymarkInngest, services: AutomationServices) {
  // Without a storage there is nowhere to put files: no run is started for them at all.
  const serving = services.integrations.storage
    ? factories
    : factories.filter((f) => f !== storeAttachments);
  return serving.map((build) => build(inngest, services));
}
