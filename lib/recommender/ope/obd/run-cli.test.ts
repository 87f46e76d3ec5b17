// `npm run ope:obd`: the JSON it prints, the table, and exit code 1 with a message (not a stack
// trace) for a missing folder, a malformed file or bad arguments.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runObdCli } from './run-cli.ts';

const MEN = 'test/fixtures/obd/men';
const QUICK = ['--draws', '5000', '--resamples', '100'];

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runObdCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

function runScript(argv: string[]) {
  return spawnSync('node_modules/.bin/tsx', ['lib/recommender/ope/obd/cli.ts', ...argv], {
    encoding: 'utf8',
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'obd-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the men folder under `name`, with `replaced` files written instead of copied. */
function menFolderWith(name: string, replaced: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const file of ['random.csv', 'bts.csv', 'prior_bts.json']) {
    const text = replaced[file];
    if (text === undefined) copyFileSync(join(MEN, file), join(dir, file));
    else writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('ope:obd', () => {
  it('prints one JSON object with the defaults (100,000 draws, men sample)', () => {
    const result = runScript(['--json']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report).sort()).toEqual(
      [
        'draws',
        'dm',
        'dr',
        'effectiveSampleSize',
        'ips',
        'n',
        'relativeError',
        'rewardModel',
        'seed',
        'snips',
        'truth',
      ].sort(),
    );
    expect(report).toMatchObject({ draws: 100_000, seed: 1, n: 10_000 });
    for (const name of ['ips', 'snips', 'dm', 'dr']) {
      const { estimate, ci } = report[name];
      expect(ci[0]).toBeLessThanOrEqual(estimate);
      expect(ci[1]).toBeGreaterThanOrEqual(estimate);
      expect(report.relativeError[name]).toBeGreaterThanOrEqual(0);
    }
    const [header = '', ...lines] = readFileSync(join(MEN, 'bts.csv'), 'utf8').trim().split('\n');
    const click = header.split(',').indexOf('click');
    const clicks = lines.reduce((sum, line) => sum + Number(line.split(',')[click]), 0);
    expect(report.truth).toBeCloseTo(clicks / lines.length, 15);
  });

  it('gives the same output for the same seed, and another for another seed', () => {
    const first = run(['--json', '--dir', MEN, '--seed', '4', ...QUICK]);
    expect(first.code).toBe(0);
    expect(run(['--json', '--dir', MEN, '--seed', '4', ...QUICK]).stdout).toBe(first.stdout);
    const other = JSON.parse(run(['--json', '--dir', MEN, '--seed', '5', ...QUICK]).stdout);
    expect(other.seed).toBe(5);
    expect(other.ips).not.toEqual(JSON.parse(first.stdout).ips);
  });

  it('prints a table without --json', () => {
    const { code, stdout } = run(['--dir', MEN, ...QUICK]);
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout)).toThrow();
    for (const label of ['truth', 'IPS', 'SNIPS', 'DM', 'DR', 'reward model']) {
      expect(stdout).toContain(label);
    }
  });

  it('exits 1 with a message for a missing folder', () => {
    const result = runScript(['--json', '--dir', join(scratch, 'missing')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/ope:obd: cannot read .*missing\/random\.csv/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 naming the file and line of a malformed row', () => {
    const lines = readFileSync(join(MEN, 'random.csv'), 'utf8').split('\n');
    lines[5] = lines[5]!.replace(/^(\d+,[^,]+,)\d+,/, '$1,'); // empty the item_id of line 6
    const dir = menFolderWith('malformed', { 'random.csv': lines.join('\n') });
    const result = run(['--json', '--dir', dir, ...QUICK]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/random\.csv line 6: item_id is empty/);
  });

  it('exits 1 for an item that prior_bts.json does not know', () => {
    const dir = menFolderWith('unknown-item', {
      'prior_bts.json': '{"alpha": [1, 2], "beta": [3, 4]}',
    });
    const result = run(['--dir', dir, ...QUICK]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/random\.csv line \d+: item \d+ in position \d is outside/);
  });

  it.each([
    [['--draws', 'many'], /--draws must be an integer/],
    [['--resamples', '0'], /--resamples must be at least 1/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['extra'], /positional/],
  ])('exits 1 for the arguments %j', (argv, message) => {
    const result = run(argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('usage: npm run ope:obd');
  });
});
