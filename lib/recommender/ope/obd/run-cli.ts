// `npm run ope:obd`: the argument handling and output of the OBD benchmark, apart from cli.ts so
// tests can run it in-process and read what it wrote and the exit code it chose.
import { parseArgs } from 'node:util';
import { evaluateObdFolder, type ObdReport } from './evaluate-obd.ts';
import { ObdInputError } from './input-error.ts';

export const DEFAULT_OBD_DIR = 'test/fixtures/obd/men';

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE =
  'usage: npm run ope:obd -- [--dir <folder>] [--json] [--draws 100000] [--seed 1] [--resamples 1000]';

/** Runs the benchmark for `argv` (without node and script); returns the exit code. */
export function runObdCli(argv: string[], output: CliOutput): number {
  let report: ObdReport;
  let json: boolean;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        dir: { type: 'string', default: DEFAULT_OBD_DIR },
        json: { type: 'boolean', default: false },
        draws: { type: 'string', default: '100000' },
        seed: { type: 'string', default: '1' },
        resamples: { type: 'string', default: '1000' },
      },
      strict: true,
      allowPositionals: false,
    });
    json = values.json;
    report = evaluateObdFolder(values.dir, {
      draws: positiveInteger('--draws', values.draws),
      seed: integer('--seed', values.seed),
      resamples: positiveInteger('--resamples', values.resamples),
    });
  } catch (error) {
    // Bad arguments and bad input files are the user's to fix: the message, not a stack trace.
    if (error instanceof ObdInputError || isParseArgsError(error)) {
      output.stderr(`ope:obd: ${(error as Error).message}\n${USAGE}\n`);
      return 1;
    }
    throw error;
  }
  output.stdout(json ? `${JSON.stringify(report)}\n` : formatTable(report));
  return 0;
}

function integer(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(value)) {
    throw new ObdInputError(`${flag} must be an integer, got "${text}"`);
  }
  return value;
}

function positiveInteger(flag: string, text: string): number {
  const value = integer(flag, text);
  if (value < 1) throw new ObdInputError(`${flag} must be at least 1, got ${value}`);
  return value;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function formatTable(report: ObdReport): string {
  const rate = (value: number) => value.toFixed(5);
  const rows = (['ips', 'snips', 'dm', 'dr'] as const).map((name) => {
    const { estimate, ci } = report[name];
    return [
      name.toUpperCase().padEnd(6),
      rate(estimate).padStart(9),
      `[${rate(ci[0])}, ${rate(ci[1])}]`.padStart(20),
      report.relativeError[name].toFixed(3).padStart(9),
    ].join('  ');
  });
  return [
    `Bernoulli TS click rate from the random log (${report.n} rows, effective sample size ` +
      `${report.effectiveSampleSize.toFixed(0)})`,
    `truth (mean click of bts.csv): ${rate(report.truth)}`,
    '',
    `${'method'.padEnd(6)}  ${'estimate'.padStart(9)}  ${'95% bootstrap CI'.padStart(20)}  ${'rel. err'.padStart(9)}`,
    ...rows,
    '',
    `reward model (DM, DR): ${report.rewardModel}`,
    `π_e from ${report.draws} Thompson draws, seed ${report.seed}`,
    '',
  ].join('\n');
}
