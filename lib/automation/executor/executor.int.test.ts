// The embedded executor against the real Inngest SDK's serve() handler: each scenario is a
// protocol exchange (steps, parallel plans, sleep, waits, sendEvent, invoke, retries, failure,
// onFailure, cancel, idempotency, concurrency), checked through what the run stored.
import { NonRetriableError } from 'inngest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestInngest } from '../../../test/helpers/executor.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import type { Db } from '../../db/port.ts';
import { registerEventSchema } from '../event-checks.ts';
import type { Executor, Handler } from './executor.ts';

for (const name of [
  'test/steps',
  'test/parallel',
  'test/sleepy',
  'test/waiter',
  'test/answer',
  'test/sender',
  'test/sent',
  'test/invoker',
  'test/flaky',
  'test/doomed',
  'test/cancellable',
  'test/cancel',
  'test/once',
  'test/limited',
  'test/garbage',
  'test/broken',
]) {
  registerEventSchema(name, z.object({ id: z.string().optional() }).passthrough());
}

const { client, executorFor, restartedExecutor } = createTestInngest();
const calls: Record<string, number> = {};
const count = (key: string) => {
  calls[key] = (calls[key] ?? 0) + 1;
  return calls[key];
};
let active = 0;
let maxActive = 0;

const child = client.createFunction(
  { id: 'child', triggers: [{ event: 'test/child-never-sent' }] },
  async ({ event }) => ({
    doubled: Number(event.data.n) * 2,
  }),
);

const functions = [
  client.createFunction(
    { id: 'steps', triggers: [{ event: 'test/steps' }] },
    async ({ event, step }) => {
      const a = await step.run('first', () => Number(event.data.n) + 1);
      const b = await step.run('second', () => a * 10);
      return { a, b };
    },
  ),
  client.createFunction(
    { id: 'parallel', triggers: [{ event: 'test/parallel' }] },
    async ({ step }) => {
      const [x, y] = await Promise.all([step.run('left', () => 'L'), step.run('right', () => 'R')]);
      const z2 = await step.run('after', () => x + y);
      return z2;
    },
  ),
  client.createFunction(
    { id: 'sleepy', triggers: [{ event: 'test/sleepy' }] },
    async ({ step }) => {
      await step.sleep('nap', '200ms');
      return step.run('woke', () => 'awake');
    },
  ),
  client.createFunction(
    { id: 'waiter', triggers: [{ event: 'test/waiter' }] },
    async ({ event, step }) => {
      const answer = await step.waitForEvent('wait-answer', {
        event: 'test/answer',
        timeout: event.data.short ? '150ms' : '1h',
        if: 'event.data.id == async.data.id',
      });
      return { got: answer ? answer.data.value : null };
    },
  ),
  client.createFunction(
    { id: 'sender', triggers: [{ event: 'test/sender' }] },
    async ({ event, step }) => {
      await step.sendEvent('send-it', { name: 'test/sent', data: { id: event.data.id } });
      return 'sent';
    },
  ),
  client.createFunction(
    { id: 'receiver', triggers: [{ event: 'test/sent' }] },
    async ({ event }) => `received ${event.data.id}`,
  ),
  child,
  client.createFunction(
    { id: 'invoker', triggers: [{ event: 'test/invoker' }] },
    async ({ step }) => {
      const result = await step.invoke('call-child', {
        function: child,
        data: { n: 21 },
      });
      return result;
    },
  ),
  client.createFunction(
    { id: 'flaky', triggers: [{ event: 'test/flaky' }], retries: 3 },
    async ({ event, step }) => {
      return step.run('sometimes', () => {
        if (count(`flaky:${event.data.id}`) < 3) throw new Error('not yet');
        return 'third time lucky';
      });
    },
  ),
  client.createFunction(
    {
      id: 'doomed',
      triggers: [{ event: 'test/doomed' }],
      retries: 1,
      onFailure: async ({ event }) => {
        count(`onFailure:${(event.data.event.data as { id: string }).id}`);
      },
    },
    async ({ event, step }) => {
      if (event.data.nonRetriable) throw new NonRetriableError('permanently broken');
      await step.run('always-fails', () => {
        throw new Error('step keeps failing');
      });
    },
  ),
  client.createFunction(
    {
      id: 'cancellable',
      triggers: [{ event: 'test/cancellable' }],
      cancelOn: [{ event: 'test/cancel', if: 'event.data.id == async.data.id' }],
    },
    async ({ step }) => {
      await step.sleep('long-nap', '1h');
      return 'should not finish';
    },
  ),
  client.createFunction(
    { id: 'once', triggers: [{ event: 'test/once' }], idempotency: 'event.data.id' },
    async ({ event }) => {
      count(`once:${event.data.id}`);
      return 'ran';
    },
  ),
  client.createFunction(
    {
      id: 'limited',
      triggers: [{ event: 'test/limited' }],
      concurrency: { limit: 1, key: 'event.data.group' },
    },
    async ({ step }) => {
      await step.run('busy', async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((r) => setTimeout(r, 30));
        active--;
      });
      return 'done';
    },
  ),
  client.createFunction(
    {
      id: 'broken',
      triggers: [{ event: 'test/broken' }],
      retries: 2,
      onFailure: async ({ event }) => {
        count(`onFailure:${(event.data.event.data as { id: string }).id}`);
      },
    },
    async ({ event }) => {
      count(`broken:${event.data.id}`);
      throw new Error('broken outside any step');
    },
  ),
  // Its calls never reach the SDK: answerGarbage answers them instead.
  client.createFunction(
    { id: 'garbage', triggers: [{ event: 'test/garbage' }] },
    async () => 'never returned',
  ),
];

/** The serve() handler, except that calls of the garbage function get answers the SDK never gives. */
function answerGarbage(handler: Handler): Handler {
  return async (request) => {
    if (new URL(request.url).searchParams.get('fnId') !== 'waymark-test-garbage')
      return handler(request);
    const { event } = (await request.json()) as { event: { data: { answer: string } } };
    count(`garbage:${event.data.answer}`);
    return event.data.answer === 'not-json'
      ? new Response('<html>502 Bad Gateway</html>', { status: 206 })
      : Response.json([{ op: 'Nonsense', id: 'x' }], { status: 206 });
  };
}

let db: Db;
let executor: Executor;

beforeAll(async () => {
  db = await openTestDb();
  executor = executorFor(db, functions, { wrapHandler: answerGarbage });
  await executor.register();
});
afterAll(async () => {
  await executor.stop();
  await db.close();
});

type Run = {
  id: string;
  status: string;
  output: unknown;
  error: { name?: string; message?: string } | null;
  functionId: string;
};

async function runsOf(eventId: string): Promise<Run[]> {
  return db.asService((tx) =>
    tx.query<Run>(
      `select r.id, r.status, r.output, r.error, r.function_id as "functionId" from automation.runs r
        where r.event_id = $1 order by r.created_at`,
      [eventId],
    ),
  );
}

async function runsOfFunction(functionId: string): Promise<Run[]> {
  return db.asService((tx) =>
    tx.query<Run>(
      `select id, status, output, error, function_id as "functionId" from automation.runs where function_id = $1 order by created_at`,
      [functionId],
    ),
  );
}

/** Drains the queue until the check passes, waiting for timers in between (bounded). */
async function until<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await executor.drain();
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error('timed out waiting for the executor');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ended = (eventId: string) =>
  until(async () => {
    const runs = await runsOf(eventId);
    return (
      runs.length > 0 &&
      runs.every((r) => ['completed', 'failed', 'cancelled'].includes(r.status)) &&
      runs
    );
  });

async function steps(runId: string) {
  return db.asService((tx) =>
    tx.query<{ name: string; status: string; attempts: number; memo: unknown }>(
      'select name, status, attempts, memo from automation.run_steps where run_id = $1 order by position nulls last, name',
      [runId],
    ),
  );
}

describe('the embedded executor', () => {
  it('registers every function of the handler, with onFailure as its own function', async () => {
    const rows = await db.asService((tx) =>
      tx.query<{ id: string }>('select id from automation.functions order by id'),
    );
    expect(rows.map((r) => r.id)).toContain('waymark-test-doomed-failure');
    expect(rows.map((r) => r.id)).toContain('waymark-test-steps');
  });

  it('runs steps in order, storing each result once, and completes with the return value', async () => {
    const [id] = await executor.send([{ name: 'test/steps', data: { n: 4 } }]);
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'completed', output: { a: 5, b: 50 } });
    expect(await steps(run!.id)).toEqual([
      { name: 'first', status: 'completed', attempts: 1, memo: { data: 5 } },
      { name: 'second', status: 'completed', attempts: 1, memo: { data: 50 } },
    ]);
  });

  it('runs planned parallel steps one call each, then continues', async () => {
    const [id] = await executor.send([{ name: 'test/parallel', data: {} }]);
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'completed', output: 'LR' });
    expect((await steps(run!.id)).map((s) => s.name).sort()).toEqual(['after', 'left', 'right']);
  });

  it('sleeps durably: the run waits, then wakes and finishes', async () => {
    const [id] = await executor.send([{ name: 'test/sleepy', data: {} }]);
    await executor.drain();
    expect((await runsOf(id!))[0]?.status).toBe('sleeping');
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'completed', output: 'awake' });
    // Inspection shows the sleep as over, not as still sleeping.
    expect((await steps(run!.id)).map((s) => [s.name, s.status])).toEqual([
      [expect.stringMatching(/^sleep /), 'completed'],
      ['woke', 'completed'],
    ]);
  });

  it('resumes a waitForEvent with the matching event only', async () => {
    const [id] = await executor.send([{ name: 'test/waiter', data: { id: 'w1' } }]);
    await executor.drain();
    await executor.send([{ name: 'test/answer', data: { id: 'other', value: 'wrong' } }]);
    await executor.drain();
    expect((await runsOf(id!))[0]?.status).toBe('waiting');
    await executor.send([{ name: 'test/answer', data: { id: 'w1', value: 42 } }]);
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'completed', output: { got: 42 } });
  });

  it('resumes a waitForEvent with null when it times out', async () => {
    const [id] = await executor.send([{ name: 'test/waiter', data: { id: 'w2', short: true } }]);
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'completed', output: { got: null } });
  });

  it("delivers step.sendEvent through its own event API, which starts the receiver's run", async () => {
    const [id] = await executor.send([{ name: 'test/sender', data: { id: 's1' } }]);
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'completed', output: 'sent' });
    const received = await until(async () => {
      const runs = await runsOfFunction('waymark-test-receiver');
      return runs.find((r) => r.output === 'received s1' && r.status === 'completed');
    });
    expect(received).toBeTruthy();
  });

  it('invokes another function and resumes with its result', async () => {
    const [id] = await executor.send([{ name: 'test/invoker', data: {} }]);
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'completed', output: { doubled: 42 } });
  });

  it('retries a failing step with backoff until it succeeds, counting attempts', async () => {
    const [id] = await executor.send([{ name: 'test/flaky', data: { id: 'f1' } }]);
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'completed', output: 'third time lucky' });
    expect(await steps(run!.id)).toEqual([
      { name: 'sometimes', status: 'completed', attempts: 3, memo: { data: 'third time lucky' } },
    ]);
  });

  it('fails a run whose step keeps failing, keeps the error, and runs onFailure', async () => {
    const [id] = await executor.send([{ name: 'test/doomed', data: { id: 'd1' } }]);
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'failed', error: { message: 'step keeps failing' } });
    expect((await steps(run!.id))[0]).toMatchObject({ status: 'failed', attempts: 2 });
    await until(async () => calls['onFailure:d1'] === 1);
  });

  it('fails at once on a NonRetriableError (400), and runs onFailure', async () => {
    const [id] = await executor.send([
      { name: 'test/doomed', data: { id: 'd2', nonRetriable: true } },
    ]);
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'failed', error: { message: 'permanently broken' } });
    await until(async () => calls['onFailure:d2'] === 1);
  });

  it('cancels a sleeping run when a matching cancel event arrives', async () => {
    const [id] = await executor.send([{ name: 'test/cancellable', data: { id: 'c1' } }]);
    await executor.drain();
    await executor.send([{ name: 'test/cancel', data: { id: 'someone-else' } }]);
    expect((await runsOf(id!))[0]?.status).toBe('sleeping');
    await executor.send([{ name: 'test/cancel', data: { id: 'c1' } }]);
    const [run] = await ended(id!);
    expect(run?.status).toBe('cancelled');
  });

  it('starts no second run for a duplicate event id', async () => {
    await executor.send([{ name: 'test/once', data: { id: 'dup-a' }, id: 'event-dup-1' }]);
    await executor.send([{ name: 'test/once', data: { id: 'dup-b' }, id: 'event-dup-1' }]);
    await ended('event-dup-1');
    expect(await runsOf('event-dup-1')).toHaveLength(1);
    expect(calls['once:dup-b']).toBeUndefined();
  });

  it('starts one run per idempotency key', async () => {
    const [first] = await executor.send([{ name: 'test/once', data: { id: 'same-key' } }]);
    const [second] = await executor.send([{ name: 'test/once', data: { id: 'same-key' } }]);
    await ended(first!);
    expect(await runsOf(second!)).toHaveLength(0);
    expect(calls['once:same-key']).toBe(1);
  });

  it('refuses an invalid event before storing it', async () => {
    registerEventSchema('test/strict', z.object({ amount: z.number() }));
    await expect(
      executor.send([{ name: 'test/strict', data: { amount: 'lots' }, id: 'strict-1' }]),
    ).rejects.toThrow(/Invalid test\/strict event: amount/);
    await expect(executor.send([{ name: 'test/unknown-event', data: {} }])).rejects.toThrow(
      /no schema/,
    );
    const stored = await db.asService((tx) =>
      tx.query(`select 1 from automation.events where id = 'strict-1'`),
    );
    expect(stored).toHaveLength(0);
  });

  it('keeps a concurrency limit per key: runs of one group never overlap', async () => {
    maxActive = 0;
    executor.start();
    const ids = await executor.send(
      Array.from({ length: 4 }, (_, i) => ({ name: 'test/limited', data: { group: 'g1', i } })),
    );
    await until(async () => {
      const runs = (await Promise.all(ids.map((id) => runsOf(id)))).flat();
      return runs.length === 4 && runs.every((r) => r.status === 'completed');
    });
    await executor.stop();
    expect(maxActive).toBe(1);
  });
});

describe('the embedded executor when things go wrong', () => {
  async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the executor');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async function queuedItems(runId: string): Promise<number> {
    const rows = await db.asService((tx) =>
      tx.query('select 1 from automation.queue where run_id = $1', [runId]),
    );
    return rows.length;
  }

  it('keeps a durable sleep across a restart: a new executor on the same database wakes the run on time', async () => {
    executor.start();
    const [id] = await executor.send([{ name: 'test/sleepy', data: {} }]);
    await eventually(async () => (await runsOf(id!))[0]?.status === 'sleeping');
    await executor.stop();

    executor = restartedExecutor();
    await executor.drain();
    expect((await runsOf(id!))[0]?.status).toBe('sleeping');
    const [run] = await ended(id!);
    expect(run).toMatchObject({ status: 'completed', output: 'awake' });
    const [sleep] = await db.asService((tx) =>
      tx.query<{ slept: number }>(
        `select (extract(epoch from r.ended_at - s.started_at) * 1000)::float8 as slept
           from automation.run_steps s join automation.runs r on r.id = s.run_id
          where s.run_id = $1 and s.op = 'Sleep'`,
        [run!.id],
      ),
    );
    // The SDK rounds the 200 ms sleep up to its 1 s resolution.
    expect(sleep?.slept).toBeGreaterThanOrEqual(1_000);
    expect((await steps(run!.id)).filter((s) => s.name === 'woke')).toEqual([
      { name: 'woke', status: 'completed', attempts: 1, memo: { data: 'awake' } },
    ]);
  });

  it.each([
    ['a body that is not JSON', 'not-json', '206 with a body that is not JSON'],
    ['an op it does not know', 'unknown-op', '206 with an op list the executor cannot read'],
  ])(
    'fails a run whose handler answers %s with a MalformedResponse, and calls it no more',
    async (_, answer, message) => {
      const [id] = await executor.send([{ name: 'test/garbage', data: { answer } }]);
      const [run] = await ended(id!);
      expect(run).toMatchObject({
        status: 'failed',
        error: { name: 'MalformedResponse', message: expect.stringContaining(message) },
      });
      await executor.drain();
      expect(calls[`garbage:${answer}`]).toBe(1);
      expect(await queuedItems(run!.id)).toBe(0);
    },
  );

  it('retries a function that throws outside any step (500), then fails it after its last attempt and runs onFailure', async () => {
    const [id] = await executor.send([{ name: 'test/broken', data: { id: 'b1' } }]);
    const [run] = await ended(id!);
    expect(run).toMatchObject({
      status: 'failed',
      error: { name: 'Error', message: 'broken outside any step' },
    });
    expect(calls['broken:b1']).toBe(3);
    expect(await queuedItems(run!.id)).toBe(0);
    await until(async () => calls['onFailure:b1'] === 1);
  });
});
