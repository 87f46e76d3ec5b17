// Pulling connections: every minute the due ones are asked for (their next pull moves one
// interval on), and each request runs one bounded pull, one at a time per connection. A pull
// that has more to fetch asks for itself again, so a backfill is many short runs.
import { claimDuePulls } from '../../lib/integrations/sync/due.ts';
import { pullConnection } from '../../lib/integrations/sync/pull-connection.ts';
import { markSyncFailed } from '../../lib/integrations/sync/sql.ts';
import type { WaymarkInngest } from '../client.ts';
import { events } from '../events.ts';
import type { AutomationServices } from '../services.ts';

/** A rate limit longer than this is left to the next scheduled pull. */
const MAX_WAIT_SECONDS = 300;

export const scheduleConnectionSyncs = (inngest: WaymarkInngest, { db }: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'schedule-connection-syncs',
      name: 'Ask for the due connection pulls',
      triggers: [{ cron: '* * * * *' }],
    },
    async ({ step }) => {
      const due = await step.run('claim-due', () => db.asService((tx) => claimDuePulls(tx)));
      if (due.length === 0) return { requested: 0 };
      await step.sendEvent(
        'request-syncs',
        due.map((c) =>
          events['connector/sync.requested'].create({
            workspaceId: c.workspaceId,
            connectionId: c.id,
            reason: 'schedule',
          }),
        ),
      );
      return { requested: due.length };
    },
  );

export const syncConnection = (inngest: WaymarkInngest, { db, integrations }: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'sync-connection',
      name: 'Pull a connection',
      triggers: [{ event: events['connector/sync.requested'] }],
      concurrency: [{ key: 'event.data.connectionId', limit: 1 }],
      // A platform's refusal is recorded by the pull itself; this is for the rest (a bug, the
      // database gone for longer than the retries), which would leave it "syncing" for good. The
      // error's name only: its message could quote a payload.
      onFailure: async ({ event, error }) => {
        const { connectionId } = event.data.event.data as { connectionId: string };
        await db.asService((tx) =>
          markSyncFailed(
            tx,
            connectionId,
            `The sync stopped after retries (${error.name}); the next scheduled pull tries again`,
          ),
        );
      },
    },
    async ({ event, step }) => {
      const { workspaceId, connectionId, reason } = event.data;
      const outcome = await step.run('pull', () => pullConnection(db, integrations, connectionId));
      const waitFor =
        outcome.status === 'failed'
          ? outcome.retryAfterSeconds
          : outcome.status === 'more'
            ? 0
            : undefined;
      if (waitFor === undefined || waitFor > MAX_WAIT_SECONDS) return outcome;
      // Rate limited: wait what the platform asked, then continue where the cursors stand.
      if (waitFor > 0) await step.sleep('rate-limited', `${Math.ceil(waitFor)}s`);
      await step.sendEvent(
        'continue',
        events['connector/sync.requested'].create({ workspaceId, connectionId, reason }),
      );
      return outcome;
    },
  );
