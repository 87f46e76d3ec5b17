// The tip decision as durable steps: candidates, their features, the policies' picks, the tip
// row, and its delivery. Each step's output is memoized, so a crash or retry resumes where it
// stopped and never decides twice for one request. Data steps run as the user: RLS applies.
import { createHash } from 'node:crypto';
import type { UserClaims } from '../../lib/db/port.ts';
import { fetchCandidates } from '../../lib/recommender/candidates/fetch-candidates.ts';
import {
  assembleContext,
  matrixFromJSON,
  matrixToJSON,
} from '../../lib/recommender/context/assemble-context.ts';
import { choose } from '../../lib/recommender/decision/choose.ts';
import { persistDecision } from '../../lib/recommender/decision/persist-decision.ts';
import { loadPolicies } from '../../lib/recommender/decision/policy-states.ts';
import { createRng } from '../../lib/recommender/policies/random.ts';
import type { WaymarkInngest } from '../client.ts';
import { events } from '../events.ts';
import type { AutomationServices } from '../services.ts';
import { deliverNotification } from '../steps/deliver-notification.ts';
import { tipNotification } from '../tip-notification.ts';

/** The same event always draws the same numbers: a replayed score step decides the same way. */
function seedOf(eventId: string): number {
  return createHash('sha256').update(eventId).digest().readUInt32BE(0) >>> 1;
}

export const decideTip = (inngest: WaymarkInngest, services: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'decide-tip',
      name: 'Decide the next tip',
      triggers: [{ event: events['tip/requested'] }],
      // One decision at a time per user, so two requests do not offer the same action twice.
      concurrency: [{ key: 'event.data.userId', limit: 1 }],
    },
    async ({ event, step }) => {
      const { workspaceId, userId } = event.data;
      const claims: UserClaims = { sub: userId, role: 'authenticated' };
      const { db } = services;
      const now = new Date(event.ts ?? Date.now());

      const fetched = await step.run('fetch-candidates', () =>
        db.asUser(claims, (tx) => fetchCandidates(tx, workspaceId, userId, now)),
      );
      if (fetched.candidates.length === 0) return { tipId: null };

      const matrix = await step.run('assemble-context', () =>
        matrixToJSON(assembleContext(fetched.user, fetched.candidates, now)),
      );

      const seed = seedOf(event.id ?? `${workspaceId}:${userId}:${now.toISOString()}`);
      const decision = await step.run('score', () =>
        db.asUser(claims, async (tx) =>
          choose(await loadPolicies(tx, workspaceId), matrixFromJSON(matrix), createRng(seed)),
        ),
      );

      const tip = await step.run('persist', () =>
        db.asUser(claims, (tx) =>
          persistDecision(tx, {
            workspaceId,
            userId,
            candidates: fetched.candidates,
            matrix: matrixFromJSON(matrix),
            decision,
            seed,
            now,
            requestKey: `decide-tip:${event.id}`,
          }),
        ),
      );

      await deliverNotification(step, services, tipNotification(tip, services.publicUrl));
      return { tipId: tip.id };
    },
  );
