// Kill the executor's process with SIGKILL inside each step of a 5-step function, before and
// after the step's side effect, restart it, and check that every run completes with each side
// effect recorded exactly once and no stored step run twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildProcess, startChildProcess } from '../../../test/helpers/child-process.ts';
import { openTestDatabase, testDbKind } from '../../../test/helpers/test-db.ts';
import type { Db } from '../../db/port.ts';

const WORKER = join(import.meta.dirname, '../../../test/automation/crash-worker.ts');

let target: string;
let db: Db | undefined;
let folder: string | undefined;

beforeAll(async () => {
  if (testDbKind === 'postgres') {
    const opened = await openTestDatabase();
    db = opened.db;
    target = opened.url!;
  } else {
    folder = mkdtempSync(join(tmpdir(), 'waymark-crash-'));
    target = join(folder, 'pgdata');
  }
});
afterAll(async () => {
  await db?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function startWorker(env: Record<string, string>): ChildProcess {
  return startChildProcess(WORKER, { CRASH_DB: target, ...env });
}

describe('the executor killed with SIGKILL', () => {
  for (const mode of ['after', 'before'] as const) {
    for (let k = 1; k <= 5; k++) {
      it(`inside step ${k}, ${mode} its side effect, resumes the run after a restart with each side effect once`, async () => {
        const runKey = `${mode}-${k}`;
        const doomed = startWorker({
          CRASH_AT: String(k),
          CRASH_MODE: mode,
          CRASH_SEND: '1',
          CRASH_RUN_KEY: runKey,
        });
        await doomed.waitFor(`IN_STEP ${k}`, 60_000);
        doomed.kill();
        await doomed.exit;

        const restarted = startWorker({ CRASH_RUN_KEY: runKey });
        const line = await restarted.waitFor('RESULT ', 60_000);
        await restarted.exit;
        const result = JSON.parse(line.slice('RESULT '.length));
        expect(result).toMatchObject({
          status: 'completed',
          output: [1, 4, 9, 16, 25],
          ledger: [1, 2, 3, 4, 5],
          runs: 1,
        });
        // Steps stored before the crash were not run again; the interrupted one ran twice.
        expect(result.steps.map((s: { name: string }) => s.name)).toEqual([
          'step-1',
          'step-2',
          'step-3',
          'step-4',
          'step-5',
        ]);
        expect(result.steps.map((s: { attempts: number }) => s.attempts)).toEqual([1, 1, 1, 1, 1]);
      }, 120_000);
    }
  }
});
