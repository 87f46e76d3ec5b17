// The embedded executor's cost: the overhead of one no-op step (a 10-step run minus a 0-step
// run, per step) against one committed insert on the same database, and event-to-completion of
// a 4-step function. The executor is driven with drain() in this process, so the numbers are
// its own work (storage, protocol, handler calls) without idle polling.
import { z } from 'zod';
import { serve } from 'inngest/edge';
import { registerEventSchema } from '../lib/automation/event-checks.ts';
import { callBody } from '../lib/automation/executor/protocol.ts';
import type { Db } from '../lib/db/port.ts';
import { createTestInngest } from '../test/helpers/executor.ts';
import { compare, type Stats } from './measure.ts';

registerEventSchema('bench/steps', z.object({ steps: z.number() }));

export async function benchExecutor(db: Db, iterations: number): Promise<Map<string, Stats>> {
  const { client, executorFor } = createTestInngest('bench');
  const steps = client.createFunction(
    { id: 'steps', triggers: [{ event: 'bench/steps' }] },
    async ({ event, step }) => {
      let total = 0;
      for (let i = 0; i < Number(event.data.steps); i++)
        total += await step.run(`noop-${i}`, () => i);
      return total;
    },
  );
  const executor = executorFor(db, [steps]);
  // The SDK's own cost of one step: the serve() handler answering a call that runs one step.
  const handler = serve({ client, functions: [steps] });
  const oneStepCall = callBody({
    event: { name: 'bench/steps', data: { steps: 1 }, id: 'bench', ts: Date.now() },
    steps: {},
    stack: [],
    runId: 'bench',
    attempt: 0,
    maxAttempts: 4,
    disableImmediateExecution: false,
  });
  const callHandler = async () => {
    const response = await handler(
      new Request('http://bench.local/api/inngest?fnId=bench-steps&stepId=step', {
        method: 'POST',
        headers: { host: 'bench.local', 'content-type': 'application/json' },
        body: oneStepCall,
      }),
    );
    await response.text();
  };
  await executor.register();
  await db.asOwner((tx) =>
    tx.exec(
      'create table if not exists public.bench_inserts (id bigserial primary key, at timestamptz default now())',
    ),
  );

  const runSteps = (n: number) => async () => {
    await executor.send([{ name: 'bench/steps', data: { steps: n } }]);
    await executor.drain();
  };
  return compare(
    [
      { name: 'serve() handler call for one step (no executor)', run: callHandler },
      {
        name: 'committed insert',
        run: () => db.asOwner((tx) => tx.query('insert into public.bench_inserts default values')),
      },
      { name: 'run of 0 steps', run: runSteps(0) },
      { name: 'run of 4 steps (event to completion)', run: runSteps(4) },
      { name: 'run of 10 steps', run: runSteps(10) },
    ],
    iterations,
    20,
  );
}
