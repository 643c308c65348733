import { parseArgs } from 'node:util';
import { commandHelp, mainHelp } from './output/help-text';
import { UsageError, type CliContext } from './registry/command';

/** Exit codes: 0 done, 1 the command failed, 2 the command line was wrong. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Runs one command line (without the node and script paths) and returns the exit code.
 * Global flags go before the command name; everything after it belongs to the command.
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  const commandAt = argv.findIndex((arg) => !arg.startsWith('-'));
  const globalArgs = commandAt === -1 ? [...argv] : argv.slice(0, commandAt);
  let global: { help?: boolean; version?: boolean };
  try {
    global = parseArgs({
      args: globalArgs,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'V' } },
      strict: true,
    }).values;
  } catch (error) {
    return usageFailure(context, 'goaltrail', error, 'Run "goaltrail --help" to see the commands.');
  }
  if (global.version) {
    context.stdout.write(`${context.version}\n`);
    return exitCodes.ok;
  }
  const name = argv[commandAt];
  if (global.help || name === undefined) {
    context.stdout.write(mainHelp(context));
    return exitCodes.ok;
  }
  const command = context.commands.find((candidate) => candidate.name === name);
  if (!command) {
    const error = new UsageError(`unknown command "${name}"`);
    return usageFailure(context, 'goaltrail', error, 'Run "goaltrail --help" to see the commands.');
  }
  const commandArgs = argv.slice(commandAt + 1);
  if (asksForHelp(commandArgs)) {
    context.stdout.write(commandHelp(command));
    return exitCodes.ok;
  }
  try {
    return await command.run(commandArgs, context);
  } catch (error) {
    const hint = `Run "goaltrail help ${command.name}" for its options.`;
    if (isUsageError(error)) return usageFailure(context, `goaltrail ${command.name}`, error, hint);
    const message = error instanceof Error ? error.message : String(error);
    context.stderr.write(`goaltrail ${command.name}: ${message}\n`);
    return exitCodes.failed;
  }
}

/** -h or --help anywhere before a `--` that ends the options. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** UsageError, or node:util parseArgs rejecting an option (its errors carry ERR_PARSE_ARGS_* codes). */
function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError) return true;
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function usageFailure(context: CliContext, who: string, error: unknown, hint: string): number {
  if (!isUsageError(error)) throw error;
  // parseArgs adds advice about '--' that only confuses here.
  const message = error.message.replace(/\. To specify a positional argument.*$/s, '');
  context.stderr.write(`${who}: ${message}\n${hint}\n`);
  return exitCodes.usage;
}
