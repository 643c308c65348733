import { runCli } from './cli';
import { commands } from './registry/commands';
import { productVersion } from './version';

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  version: productVersion,
  env: process.env,
  commands,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('goaltrail failed unexpectedly:', error);
    process.exitCode = 1;
  },
);
