import { runCli } from './run';
import { escapeForTerminal } from './terminal';

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
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`sms-check: ${escapeForTerminal(reason, { keepLineFeeds: true })}\n`);
    process.exitCode = 2;
  },
);
