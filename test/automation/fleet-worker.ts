// A worker process for the several-workers test (workers.int.test.ts): one embedded executor
// among several on one Postgres, running a 3-step function. Each step's side effect is written
// the way a real step must write it, idempotent by (run id, step), and each execution also
// leaves a line in a raw log that keeps repeats, so the test can count re-executions. Prints
// READY once its functions are registered, then works until SIGTERM (or a SIGKILL).
import { z } from 'zod';
import { openPostgres } from '../../lib/db/postgres-adapter.ts';
import { createTestInngest } from '../helpers/executor.ts';

const env = z
  .object({
    FLEET_DB: z.string().startsWith('postgres'),
    FLEET_WORKER: z.string().min(1),
    FLEET_LEASE_MS: z.coerce.number().int().positive(),
  })
  .parse(process.env);

// Each slot holds at most one transaction at a time, plus the step's own and a heartbeat.
const db = openPostgres(env.FLEET_DB, { max: 10 });
const { client, executorFor } = createTestInngest('fleet');

async function sideEffect(runId: string, step: number, value: number): Promise<number> {
  await db.asOwner(async (tx) => {
    await tx.query(
      'insert into public.fleet_executions (run_id, step, worker) values ($1, $2, $3)',
      [runId, step, env.FLEET_WORKER],
    );
    await tx.query(
      `insert into public.fleet_effects (run_id, step, worker, value) values ($1, $2, $3, $4)
       on conflict (run_id, step) do nothing`,
      [runId, step, env.FLEET_WORKER, value],
    );
  });
  return value;
}

const FleetData = z.object({ n: z.number().int() });

// Each step computes from the one before, so a wrong or missing memo shows in the output.
const threeSteps = client.createFunction(
  { id: 'three-steps', triggers: [{ event: 'test/fleet' }] },
  async ({ event, runId, step }) => {
    const { n } = FleetData.parse(event.data);
    const first = await step.run('step-1', () => sideEffect(runId, 1, n));
    const second = await step.run('step-2', () => sideEffect(runId, 2, first * 2));
    const third = await step.run('step-3', () => sideEffect(runId, 3, second + 1));
    return [first, second, third];
  },
);

// Housekeeping (outbox, cron) runs once per poll interval in each process: 100 ms keeps it
// from crowding out the work, and busy loops do not wait for the poll anyway.
const executor = executorFor(db, [threeSteps], {
  workerId: env.FLEET_WORKER,
  leaseMs: env.FLEET_LEASE_MS,
  pollMs: 100,
});
await executor.register();
executor.start();
console.log(`READY ${env.FLEET_WORKER}`);

process.once('SIGTERM', () => {
  void executor
    .stop()
    .then(() => db.close())
    .finally(() => process.exit(0));
});
