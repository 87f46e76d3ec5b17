// Work queued while the executor's loops are idle wakes every idle loop, not only the last one
// that went to sleep: a run that waits on another run's step would otherwise sit until the idle
// loops' next poll.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestInngest } from '../../../test/helpers/executor.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import type { Db } from '../../db/port.ts';
import { registerEventSchema } from '../event-checks.ts';
import type { Executor } from './executor.ts';

for (const name of ['test/warm-up', 'test/hold', 'test/release'])
  registerEventSchema(name, z.object({}));

const { client, executorFor } = createTestInngest('waymark-wake-test');
let release: () => void = () => {};
const released = new Promise<void>((resolve) => (release = resolve));

const functions = [
  client.createFunction({ id: 'warm-up', triggers: [{ event: 'test/warm-up' }] }, async () => 'ok'),
  // Holds its slot until the release step, run by another slot, lets it go.
  client.createFunction({ id: 'hold', triggers: [{ event: 'test/hold' }] }, async ({ step }) =>
    step.run('wait-for-release', () => released.then(() => 'released')),
  ),
  client.createFunction(
    { id: 'release', triggers: [{ event: 'test/release' }] },
    async ({ step }) =>
      step.run('release', () => {
        release();
        return 'done';
      }),
  ),
];

let db: Db;
let executor: Executor;

beforeAll(async () => {
  db = await openTestDb();
  // Idle loops would sleep far longer than the test may take: only a poke can wake them.
  executor = executorFor(db, functions, { pollMs: 3_600_000 });
  await executor.register();
  executor.start();
});
afterAll(async () => {
  await executor.stop();
  await db.close();
});

async function statusOf(eventId: string): Promise<string | undefined> {
  const [run] = await db.asService((tx) =>
    tx.query<{ status: string }>('select status from automation.runs where event_id = $1', [
      eventId,
    ]),
  );
  return run?.status;
}

/** Waits for the loops (never drains from the test: the loops alone must do the work). */
async function untilCompleted(eventId: string): Promise<void> {
  while ((await statusOf(eventId)) !== 'completed') await new Promise((r) => setTimeout(r, 20));
}

it('runs work sent while one slot is busy on another, idle slot', async () => {
  // Once the warm-up has run, every loop is idle and asleep.
  const [warmUp] = await executor.send([{ name: 'test/warm-up', data: {} }]);
  await untilCompleted(warmUp!);
  const [hold] = await executor.send([{ name: 'test/hold', data: {} }]);
  const [releaser] = await executor.send([{ name: 'test/release', data: {} }]);
  await untilCompleted(releaser!);
  await untilCompleted(hold!);
  expect(await statusOf(hold!)).toBe('completed');
});
