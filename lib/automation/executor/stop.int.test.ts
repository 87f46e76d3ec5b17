// Stopping an executor (SIGTERM, a deploy) while a step is still running: after the grace
// period its lease is handed back, so another worker takes the run over at once instead of after
// the lease expires, and the stopped worker's late answer is discarded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestInngest } from '../../../test/helpers/executor.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import type { Db } from '../../db/port.ts';
import { registerEventSchema } from '../event-checks.ts';

registerEventSchema('test/slow', z.object({}));

const { client, executorFor, restartedExecutor } = createTestInngest();
let releaseFirstAttempt!: () => void;
const firstAttemptHeld = new Promise<void>((resolve) => (releaseFirstAttempt = resolve));
let firstAttemptEntered!: () => void;
const entered = new Promise<void>((resolve) => (firstAttemptEntered = resolve));
let attempts = 0;

const slow = client.createFunction(
  { id: 'slow', triggers: [{ event: 'test/slow' }] },
  async ({ step }) => {
    const which = await step.run('long-step', async () => {
      const attempt = ++attempts;
      if (attempt === 1) {
        firstAttemptEntered();
        await firstAttemptHeld;
      }
      return attempt;
    });
    return { finishedBy: which };
  },
);

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

const queue = () =>
  db.asService((tx) =>
    tx.query<{ lockedBy: string | null }>(`select locked_by as "lockedBy" from automation.queue`),
  );

describe('an executor stopped while a step runs', () => {
  it('hands back its lease after the grace period, and another worker finishes the run', async () => {
    const first = executorFor(db, [slow], { leaseMs: 60_000 });
    await first.register();
    first.start();
    await first.send([{ name: 'test/slow', data: {} }]);
    await entered;
    expect(await queue()).toEqual([{ lockedBy: first.workerId }]);

    await first.stop({ graceMs: 50 });
    expect(await queue()).toEqual([{ lockedBy: null }]);

    // Long before the 60 s lease would have expired, another worker takes the run over.
    const second = restartedExecutor();
    await second.drain();
    const runs = () =>
      db.asService((tx) =>
        tx.query<{ status: string; output: unknown }>(`select status, output from automation.runs`),
      );
    expect(await runs()).toEqual([{ status: 'completed', output: { finishedBy: 2 } }]);

    // The stopped worker's step now ends too late: its answer changes nothing.
    releaseFirstAttempt();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await runs()).toEqual([{ status: 'completed', output: { finishedBy: 2 } }]);
  });
});
