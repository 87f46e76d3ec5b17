// Every durable function Waymark serves, for serve() and the embedded executor alike.
import { decideTip } from './functions/decide-tip.ts';
import {
  creditTipOnDealProgress,
  learnFromFeedback,
  resurfaceSnoozedTip,
} from './functions/learn-from-feedback.ts';
import { reportOverdueActivities } from './functions/report-overdue-activities.ts';
import { requestMorningTips, requestTipOnOverdueActivity } from './functions/request-tips.ts';
import { reviewNewDeal } from './functions/review-new-deal.ts';
import { runStepAutomations } from './functions/run-step-automations.ts';

export const functions = [
  reviewNewDeal,
  runStepAutomations,
  reportOverdueActivities,
  decideTip,
  learnFromFeedback,
  resurfaceSnoozedTip,
  creditTipOnDealProgress,
  requestMorningTips,
  requestTipOnOverdueActivity,
];
