// The generators every decision runs. Order does not matter: candidates are ranked by policies.
import { dueTodayActivities, overdueActivities } from './activity-generators.ts';
import { advice } from './advice.ts';
import { unansweredMessages } from './conversation-generators.ts';
import { closingHighValueDeals, dealsWithoutNextActivity, staleDeals } from './deal-generators.ts';
import type { CandidateGenerator } from './generator.ts';
import { uncontactedLeads } from './lead-generators.ts';

export const generators: CandidateGenerator[] = [
  staleDeals,
  overdueActivities,
  dueTodayActivities,
  dealsWithoutNextActivity,
  uncontactedLeads,
  closingHighValueDeals,
  advice,
  unansweredMessages,
];
