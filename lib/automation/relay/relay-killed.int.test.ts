// The relay killed with SIGKILL again and again while changes commit (and others roll back):
// at times the moment Inngest has recorded a batch and before the relay could mark it, at
// times at a random moment. Every committed event still reaches Inngest exactly once by id, in
// the order written per entity, and nothing from a rolled-back transaction does.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import {
  type InngestEventApi,
  startInngestEventApi,
} from '../../../test/helpers/inngest-event-api.ts';
import { openTestDatabase, testDbKind } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import type { Db } from '../../db/port.ts';

const RELAY = join(import.meta.dirname, '../../../test/automation/relay-process.ts');
const EVENT_KEY = 'relay-kill-key';
const ENTITIES = 10;
const PER_ENTITY = 30;

let db: Db;
let url: string;
let inngestApi: InngestEventApi;

// A relay in another process needs a database other processes can reach: Postgres only.
describe.skipIf(testDbKind !== 'postgres')('the outbox relay killed with SIGKILL', () => {
  beforeAll(async () => {
    const opened = await openTestDatabase();
    db = opened.db;
    url = opened.url!;
    inngestApi = await startInngestEventApi(EVENT_KEY);
  });
  afterAll(async () => {
    await inngestApi?.close();
    await db?.close();
  });

  it('delivers every committed event exactly once by id, in order per entity', async () => {
    const { workspaceId } = await createWorkspaceWithOwner(db, createTestApi(db));
    let child: ChildProcess | undefined;
    let supervising = true;
    let kills = 0;
    const killChild = () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        kills++;
      }
    };
    const startRelay = () => {
      child = spawn(process.execPath, ['--import', 'tsx', RELAY], {
        env: {
          ...process.env,
          RELAY_DB: url,
          RELAY_EVENT_KEY: EVENT_KEY,
          RELAY_INNGEST_URL: inngestApi.url,
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.once('exit', () => {
        if (supervising) startRelay();
      });
    };
    // Three times, a relay dies with its batch recorded by Inngest and not yet marked; three
    // more times at a random moment. (Each restart costs a process start, so no more.)
    let recorded = 0;
    let killedAfterRecording = 0;
    inngestApi.onRecorded(() => {
      if (++recorded % 4 === 0 && killedAfterRecording < 3) {
        killedAfterRecording++;
        killChild();
      }
    });
    let randomKills = 0;
    const randomKiller = setInterval(() => {
      if (randomKills < 3 && Math.random() < 0.3) {
        randomKills++;
        killChild();
      }
    }, 300);
    startRelay();

    const committed: string[] = [];
    try {
      for (let n = 1; n <= PER_ENTITY; n++) {
        for (let e = 0; e < ENTITIES; e++) {
          const [row] = await db.asService((tx) =>
            tx.query<{ id: string }>(
              `insert into automation.outbox (workspace_id, name, data) values ($1, 'test/relay.tick', $2::jsonb) returning id`,
              [workspaceId, JSON.stringify({ entity: `e${e}`, n })],
            ),
          );
          committed.push(row!.id);
          if (e % 4 === 0) {
            await db
              .asService(async (tx) => {
                await tx.query(
                  `insert into automation.outbox (workspace_id, name, data) values ($1, 'test/relay.tick', $2::jsonb)`,
                  [workspaceId, JSON.stringify({ entity: 'rolled-back', n })],
                );
                throw new Error('rolled back');
              })
              .catch(() => {});
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      await inngestApi.waitForArrivals(committed.length, 90_000);
    } finally {
      clearInterval(randomKiller);
      inngestApi.onRecorded(undefined);
      supervising = false;
      killChild();
    }

    expect(killedAfterRecording).toBe(3);
    expect(kills).toBeGreaterThanOrEqual(3);
    expect(inngestApi.resent).toBeGreaterThan(0); // some batches really were sent twice
    expect(inngestApi.arrivals.map((e) => e.id).sort()).toEqual([...committed].sort());
    expect(inngestApi.arrivals.some((e) => e.data.entity === 'rolled-back')).toBe(false);
    for (let e = 0; e < ENTITIES; e++) {
      const order = inngestApi.arrivals
        .filter((event) => event.data.entity === `e${e}`)
        .map((event) => event.data.n);
      expect(order).toEqual(Array.from({ length: PER_ENTITY }, (_, i) => i + 1));
    }
  }, 180_000);
});
