import { parseArgs } from 'node:util';

/** Where the CLI writes: process.stdout/stderr in production, collecting fakes in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Where the CLI reads from: process.stdin in production, a stream the test writes to in tests. */
export interface InputStream extends NodeJS.ReadableStream {
  isTTY?: boolean;
  /** Present on a terminal: raw mode turns off echo and line editing, so a password stays unseen. */
  setRawMode?(mode: boolean): unknown;
}

/** What every command gets besides its own arguments. */
export interface CliContext {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Input for commands that read it (passwords); commands fall back to process.stdin when absent. */
  stdin?: InputStream;
  version: string;
  /** Environment the command reads its store settings from (EVENT_STORE, DATA_DIR, …). */
  env: NodeJS.ProcessEnv;
  /** All registered commands, in the order help lists them. */
  commands: readonly Command[];
}

/** One command-line option; `description` is shown by help. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  description: string;
  /** Placeholder shown in help for a string option, e.g. "position". */
  valueName?: string;
}

type OptionValue<S extends OptionSpec> = S['type'] extends 'boolean'
  ? S['multiple'] extends true ? boolean[] : boolean
  : S['multiple'] extends true ? string[] : string;

/** Parsed option values, typed from the command's option specs. */
export type OptionValues<O extends Record<string, OptionSpec>> = { [K in keyof O]?: OptionValue<O[K]> };

/** A registered command as the dispatcher and help see it. */
export interface Command {
  name: string;
  /** One line, shown in the command list. */
  summary: string;
  /** Arguments after the name, e.g. "[command]" or "<file>". */
  usage: string;
  options: Readonly<Record<string, OptionSpec>>;
  run(argv: readonly string[], context: CliContext): Promise<number>;
}

/** Bad input from the user: the dispatcher prints it with a pointer to help and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Every command accepts -h/--help; the dispatcher answers it before the command runs. */
export const helpOption = {
  type: 'boolean',
  short: 'h',
  description: 'Show this help',
} as const satisfies OptionSpec;

/** What a command file declares; `run` gets typed values and returns the exit code. */
export interface CommandSpec<O extends Record<string, OptionSpec>> {
  name: string;
  summary: string;
  usage?: string;
  options?: O;
  /** How many positional arguments the command takes at most (default 0). */
  maxPositionals?: number;
  run(
    args: { values: OptionValues<O>; positionals: string[] },
    context: CliContext,
  ): number | Promise<number>;
}

/** Turns a command file's spec into a registered command that parses its own arguments. */
export function defineCommand<const O extends Record<string, OptionSpec> = Record<never, OptionSpec>>(
  spec: CommandSpec<O>,
): Command {
  const options = { ...(spec.options ?? ({} as O)), help: helpOption };
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage ?? '',
    options,
    async run(argv, context) {
      const { values, positionals } = parseArgs({
        args: [...argv],
        options: parseArgsOptions(options),
        strict: true,
        allowPositionals: true,
      });
      const max = spec.maxPositionals ?? 0;
      if (positionals.length > max) {
        throw new UsageError(`unexpected argument "${positionals[max]}"`);
      }
      return spec.run({ values: values as OptionValues<O>, positionals }, context);
    },
  };
}

/** node:util parseArgs rejects keys it does not know and keys set to undefined, so pass only what is set. */
function parseArgsOptions(options: Record<string, OptionSpec>) {
  return Object.fromEntries(
    Object.entries(options).map(([name, { type, short, multiple }]) => [
      name,
      { type, ...(short === undefined ? {} : { short }), ...(multiple === undefined ? {} : { multiple }) },
    ]),
  );
}
