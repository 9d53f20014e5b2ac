import { runCli } from './run';

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (status) => {
    // exitCode rather than exit(): let buffered output reach a pipe before the process ends.
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`sms-check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
