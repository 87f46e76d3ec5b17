// Several worker processes on one Postgres: three executors share the queue, 2,000 runs of a
// 3-step function go through them, and one worker is killed with SIGKILL mid-way. Every run
// completes, each step's side effect exists once, and the only steps that ran twice are steps
// the killed worker had in flight, taken over by the others once their leases ran out.
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildProcess, startChildProcess } from '../../../test/helpers/child-process.ts';
import { openTestDatabase, testDbKind } from '../../../test/helpers/test-db.ts';
import type { Db } from '../../db/port.ts';
import { registerEventSchema } from '../event-checks.ts';
import { Executor } from './executor.ts';

const WORKER = join(import.meta.dirname, '../../../test/automation/fleet-worker.ts');
const RUNS = 2_000;
const STEPS = 3;
const BATCH = 200;
// The killed worker's items wait this long before a survivor takes them over, while the
// survivors go on with the rest; long enough that a living worker on a crowded machine keeps
// its own leases with the heartbeat (every third of it), so only the dead worker's steps repeat.
const LEASE_MS = 5_000;
const DOOMED = 'worker-1';
const SURVIVORS = ['worker-2', 'worker-3'];

registerEventSchema('test/fleet', z.object({ n: z.number().int() }));

let db: Db;
let url: string;
const children = new Map<string, ChildProcess>();
const exited = new Set<string>();

async function count(sql: string, params: (string | number)[] = []): Promise<number> {
  const [row] = await db.asOwner((tx) => tx.query<{ n: number }>(sql, params));
  return row?.n ?? 0;
}

/** Polls until check() holds; throws after timeoutMs, or at once if a worker that should live died. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    const dead = SURVIVORS.filter((id) => exited.has(id));
    if (dead.length > 0) throw new Error(`${dead.join(', ')} exited while waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const completedRuns = () =>
  count(`select count(*)::int as n from automation.runs where status = 'completed'`);
const executionsBy = (worker: string) =>
  count('select count(*)::int as n from public.fleet_executions where worker = $1', [worker]);
const leasesOf = (worker: string) =>
  count('select count(*)::int as n from automation.queue where locked_by = $1', [worker]);
const effectsBy = (worker: string) =>
  count('select count(*)::int as n from public.fleet_effects where worker = $1', [worker]);

describe.skipIf(testDbKind !== 'postgres')(
  'several worker processes on one Postgres (Postgres leg only: PGlite lives inside one process and no other process can connect to it)',
  () => {
    beforeAll(async () => {
      const opened = await openTestDatabase();
      db = opened.db;
      url = opened.url!;
      // fleet_effects is the side effect as a real step writes it (once per run and step, the
      // first writer wins); fleet_executions logs every execution, repeats included.
      await db.asOwner((tx) =>
        tx.exec(`
          create table public.fleet_effects (
            seq bigserial, run_id uuid not null, step int not null, worker text not null,
            value int not null, primary key (run_id, step));
          create table public.fleet_executions (
            id bigserial primary key, run_id uuid not null, step int not null, worker text not null);`),
      );
    });
    afterAll(async () => {
      for (const child of children.values()) child.kill();
      await db?.close();
    });

    it('finish 2,000 runs of a 3-step function, each side effect once, after one of three is killed with SIGKILL mid-way', async () => {
      const startedAt = Date.now();
      for (const id of [DOOMED, ...SURVIVORS]) {
        const child = startChildProcess(WORKER, {
          FLEET_DB: url,
          FLEET_WORKER: id,
          FLEET_LEASE_MS: String(LEASE_MS),
        });
        void child.exit.then(() => exited.add(id));
        children.set(id, child);
      }
      await Promise.all([...children].map(([id, child]) => child.waitFor(`READY ${id}`, 60_000)));

      // The events arrive in batches while the workers already work, as traffic would. The
      // sender only stores events and starts runs: it never calls a function.
      const sender = new Executor({
        db,
        handler: () => Promise.reject(new Error('the sender runs no functions')),
      });
      for (let first = 0; first < RUNS; first += BATCH) {
        await sender.send(
          Array.from({ length: BATCH }, (_, k) => ({
            name: 'test/fleet',
            data: { n: first + k },
            id: `fleet-${first + k}`,
          })),
        );
      }

      await until(
        'a quarter of the runs to complete, some of them on the doomed worker',
        async () => (await completedRuns()) >= RUNS / 4 && (await executionsBy(DOOMED)) > 0,
        90_000,
      );
      // Frozen first and killed only at a moment it holds leases, so that there is work in
      // flight for the survivors to take over; to itself, it dies at a random point of its work.
      const doomed = children.get(DOOMED)!;
      for (;;) {
        doomed.kill('SIGSTOP');
        if ((await leasesOf(DOOMED)) > 0) break;
        doomed.kill('SIGCONT');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      doomed.kill('SIGKILL');
      await doomed.exit;

      // What the dead worker left behind: its leases (taken over once they expire), and how far
      // everything had got. Read at once, before any lease of it can have run out.
      const held = await db.asOwner((tx) =>
        tx.query<{ runId: string; kind: string }>(
          `select run_id as "runId", kind from automation.queue where locked_by = $1`,
          [DOOMED],
        ),
      );
      const atKill = {
        completedRuns: await completedRuns(),
        executionsByDoomed: await executionsBy(DOOMED),
        effectsByDoomed: await effectsBy(DOOMED),
      };

      await until(
        'every run to end',
        async () =>
          (await count(
            `select count(*)::int as n from automation.runs where status in ('completed', 'failed', 'cancelled')`,
          )) === RUNS,
        120_000,
      );
      const finishedMs = Date.now() - startedAt;

      // Every run completed once, each with the output its three steps computed in order.
      const runs = await db.asOwner((tx) =>
        tx.query<{ id: string; status: string; n: number; output: unknown }>(
          `select id, status, (event -> 'data' ->> 'n')::int as n, output from automation.runs`,
        ),
      );
      expect(runs).toHaveLength(RUNS);
      expect(new Set(runs.map((r) => r.n)).size).toBe(RUNS);
      expect(runs.filter((r) => r.status !== 'completed')).toEqual([]);
      expect(
        runs.filter(
          (r) => JSON.stringify(r.output) !== JSON.stringify([r.n, 2 * r.n, 2 * r.n + 1]),
        ),
      ).toEqual([]);
      expect(await count('select count(*)::int as n from automation.queue')).toBe(0);

      // (a) Each step's side effect exactly once: 2,000 × 3, each run's three in step order.
      const effects = await db.asOwner((tx) =>
        tx.query<{ runId: string; steps: number[] }>(
          `select run_id as "runId", array_agg(step order by seq) as steps
             from public.fleet_effects group by run_id`,
        ),
      );
      expect(effects).toHaveLength(RUNS);
      expect(new Set(effects.map((e) => e.runId))).toEqual(new Set(runs.map((r) => r.id)));
      expect(effects.filter((e) => e.steps.join() !== '1,2,3')).toEqual([]);
      expect(
        await count(
          `select count(*)::int as n from automation.run_steps where status = 'completed' and has_memo`,
        ),
      ).toBe(RUNS * STEPS);

      // (b) Steps ran again only where the killed worker had them in flight: each repeat is a
      // step it ran first, of a run whose item it held when it died, repeated once by a survivor.
      const executions = await count('select count(*)::int as n from public.fleet_executions');
      const repeated = await db.asOwner((tx) =>
        tx.query<{ runId: string; workers: string[] }>(
          `select run_id as "runId", array_agg(worker order by id) as workers
             from public.fleet_executions group by run_id, step having count(*) > 1`,
        ),
      );
      const reExecutions = executions - RUNS * STEPS;
      expect(held.length).toBeGreaterThan(0);
      expect(reExecutions).toBeLessThanOrEqual(held.length);
      expect(repeated).toHaveLength(reExecutions);
      const heldRuns = new Set(held.map((h) => h.runId));
      for (const { runId, workers } of repeated) {
        expect(heldRuns.has(runId)).toBe(true);
        expect(workers).toHaveLength(2);
        expect(workers[0]).toBe(DOOMED);
        expect(SURVIVORS).toContain(workers[1]);
      }

      // (c) The survivors did all the rest: the dead worker did nothing after the kill, the
      // runs it held completed, and each survivor took a share.
      expect(atKill.completedRuns).toBeLessThan(RUNS);
      expect(await executionsBy(DOOMED)).toBe(atKill.executionsByDoomed);
      expect(await effectsBy(DOOMED)).toBe(atKill.effectsByDoomed);
      const bySurvivors = await Promise.all(SURVIVORS.map(effectsBy));
      expect(bySurvivors.reduce((a, b) => a + b, 0)).toBe(RUNS * STEPS - atKill.effectsByDoomed);
      for (const share of bySurvivors) expect(share).toBeGreaterThan(0);
      expect(runs.filter((r) => heldRuns.has(r.id) && r.status !== 'completed')).toEqual([]);

      for (const id of SURVIVORS) children.get(id)!.kill('SIGTERM');
      expect(await Promise.all(SURVIVORS.map((id) => children.get(id)!.exit))).toEqual([0, 0]);

      const [stats] = await db.asOwner((tx) =>
        tx.query<{ commits: number }>(
          'select xact_commit::int as commits from pg_stat_database where datname = current_database()',
        ),
      );
      console.log(
        `workers test: ${RUNS} runs × ${STEPS} steps in ${finishedMs} ms; killed ${DOOMED} after ` +
          `${atKill.completedRuns} runs completed, holding ${held.length} items ` +
          `(${held.map((h) => h.kind).join(', ')}); ${reExecutions} step(s) re-executed; effects by ` +
          `${DOOMED} ${atKill.effectsByDoomed}, ${SURVIVORS.map((id, i) => `${id} ${bySurvivors[i]}`).join(', ')}; ` +
          `${stats?.commits} transactions committed in the database`,
      );
    }, 240_000);
  },
);
