// Every durable function Waymark serves, for serve() and the embedded executor alike.
import { reportOverdueActivities } from './functions/report-overdue-activities.ts';
import { reviewNewDeal } from './functions/review-new-deal.ts';
import { runStepAutomations } from './functions/run-step-automations.ts';

export const functions = [reviewNewDeal, runStepAutomations, reportOverdueActivities];
