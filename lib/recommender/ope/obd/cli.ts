// Entry point of `npm run ope:obd`; everything else is in run-cli.ts.
import { runObdCli } from './run-cli.ts';

process.exitCode = runObdCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
