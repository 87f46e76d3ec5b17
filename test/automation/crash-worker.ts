// A worker process for the crash test: the embedded executor over a database (a Postgres URL or
// a PGlite folder) running a 5-step function whose steps write to a side-effect ledger keyed by
// an idempotency key. With CRASH_AT=k it stops dead inside step k (before or after the side
// effect, CRASH_MODE) and waits to be killed; otherwise it runs until the run ends and prints
// what the database holds.
import { Inngest } from 'inngest';
import { serve } from 'inngest/edge';
import { z } from 'zod';
import { registerEventSchema } from '../../lib/automation/event-checks.ts';
import { createEventApi } from '../../lib/automation/executor/event-api.ts';
import { Executor } from '../../lib/automation/executor/executor.ts';
import { migrate } from '../../lib/db/migrate.ts';
import { openPglite } from '../../lib/db/pglite-adapter.ts';
import { openPostgres } from '../../lib/db/postgres-adapter.ts';

const target = process.env.CRASH_DB!;
const crashAt = Number(process.env.CRASH_AT ?? 0);
const crashBefore = process.env.CRASH_MODE === 'before';
const runKey = process.env.CRASH_RUN_KEY!;

const db = target.startsWith('postgres')
  ? openPostgres(target, { max: 4 })
  : await openPglite(target);
await migrate(db);
await db.asOwner((tx) =>
  tx.exec(`create table if not exists public.crash_ledger (
    key text primary key, run_key text not null, step int not null, at timestamptz not null default now())`),
);
registerEventSchema('test/crash', z.object({ runKey: z.string() }));

// The executor is built below, once the function exists; the event API looks it up when called.
const eventApi = createEventApi(() => executor);
const client = new Inngest({
  id: 'crash',
  isDev: true,
  baseUrl: 'http://executor.test',
  logger: { info() {}, warn() {}, error() {}, debug() {} },
  fetch: ((input: string | URL | Request, init?: RequestInit) =>
    eventApi(new Request(input, init))) as typeof fetch,
});

const hang = () => new Promise<never>(() => setInterval(() => {}, 60_000));

const fiveSteps = client.createFunction(
  { id: 'five-steps', triggers: [{ event: 'test/crash' }] },
  async ({ event, step }) => {
    const results: number[] = [];
    for (let k = 1; k <= 5; k++) {
      results.push(
        await step.run(`step-${k}`, async () => {
          if (k === crashAt && crashBefore) {
            console.log(`IN_STEP ${k}`);
            await hang();
          }
          // The side effect, keyed so that running the step again cannot repeat it.
          await db.asOwner((tx) =>
            tx.query(
              'insert into public.crash_ledger (key, run_key, step) values ($1, $2, $3) on conflict do nothing',
              [`${event.data.runKey}:${k}`, event.data.runKey, k],
            ),
          );
          if (k === crashAt) {
            console.log(`IN_STEP ${k}`);
            await hang();
          }
          return k * k;
        }),
      );
    }
    return results;
  },
);

const executor: Executor = new Executor({
  db,
  handler: serve({ client, functions: [fiveSteps] }),
  leaseMs: 600,
  pollMs: 20,
  slots: 1,
});
await executor.register();
if (process.env.CRASH_SEND === '1')
  await executor.send([{ name: 'test/crash', data: { runKey }, id: `crash-${runKey}` }]);
executor.start();

if (!crashAt) {
  for (;;) {
    const [run] = await db.asService((tx) =>
      tx.query<{ id: string; status: string; output: unknown }>(
        `select id, status, output from automation.runs where event_id = $1`,
        [`crash-${runKey}`],
      ),
    );
    if (run && ['completed', 'failed', 'cancelled'].includes(run.status)) {
      const ledger = await db.asOwner((tx) =>
        tx.query<{ step: number }>(
          'select step from public.crash_ledger where run_key = $1 order by step',
          [runKey],
        ),
      );
      const steps = await db.asService((tx) =>
        tx.query<{ name: string; attempts: number }>(
          'select name, attempts from automation.run_steps where run_id = $1 order by position',
          [run.id],
        ),
      );
      const runs = await db.asService((tx) =>
        tx.query<{ n: number }>(
          'select count(*)::int as n from automation.runs where event_id = $1',
          [`crash-${runKey}`],
        ),
      );
      console.log(
        `RESULT ${JSON.stringify({ status: run.status, output: run.output, ledger: ledger.map((l) => l.step), steps, runs: runs[0]?.n })}`,
      );
      await executor.stop();
      await db.close();
      process.exit(0);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
