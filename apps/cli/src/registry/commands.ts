import { helpCommand } from '../commands/help.command';
import { importCommand } from '../commands/import.command';
import { measurementsCommand } from '../commands/measurements.command';
import { usersCommand } from '../commands/users.command';
import { rebuildCommand } from '../commands/rebuild.command';
import { verifyCommand } from '../commands/verify.command';
import { versionCommand } from '../commands/version.command';
import type { Command } from './command';

// How to add a command:
//  1. Write src/commands/<name>.command.ts exporting `defineCommand({ name, summary, usage, options, run })`.
//     `summary` is one line for the list; each option has a `description` for `goaltrail help <name>`.
//     `run` receives typed option values and positionals plus the context (stdout, stderr, version) and
//     returns the exit code: 0 done, 1 failed. Throw UsageError for bad input; the CLI exits with 2.
//  2. Report long work with createProgress (src/output/progress.ts): a bar on a terminal, lines otherwise.
//  3. Add the command to the list below; help shows commands in this order.
//  4. Test it beside its file (<name>.command.unit.spec.ts or .int.spec.ts) through runCli with fake streams.

/** Every command the CLI knows, in the order `goaltrail --help` lists them. */
export const commands: readonly Command[] = [
  importCommand,
  measurementsCommand,
  verifyCommand,
  rebuildCommand,
  usersCommand,
  helpCommand,
  versionCommand,
];
