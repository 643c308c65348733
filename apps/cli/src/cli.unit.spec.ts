import { describe, expect, it } from 'vitest';
import { exitCodes, runCli } from './cli';
import { defineCommand, UsageError, type CliContext } from './registry/command';
import { commands } from './registry/commands';

function run(argv: string[], extra: CliContext['commands'] = []) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const context: CliContext = {
    stdout: { write: (chunk: string) => stdout.push(chunk) },
    stderr: { write: (chunk: string) => stderr.push(chunk) },
    version: '1.2.3',
    env: {},
    commands: [...commands, ...extra],
  };
  return runCli(argv, context).then((code) => ({ code, stdout: stdout.join(''), stderr: stderr.join('') }));
}

// A command shaped like the store commands to come: one string option, one flag, one positional.
const echo = defineCommand({
  name: 'echo',
  summary: 'Repeat the arguments',
  usage: '<text>',
  maxPositionals: 1,
  options: {
    from: { type: 'string', valueName: 'position', description: 'Where to start' },
    loud: { type: 'boolean', short: 'l', description: 'Shout' },
  },
  run({ values, positionals: [text] }, context) {
    if (text === undefined) throw new UsageError('missing <text>');
    if (text === 'boom') throw new Error('the store is closed');
    const said = values.loud ? text.toUpperCase() : text;
    context.stdout.write(`${said} from ${values.from ?? 'start'}\n`);
    return exitCodes.ok;
  },
});

describe('goaltrail command line', () => {
  const helpRequests = [[['--help']], [['-h']], [[]], [['help']]];

  it.each(helpRequests)('%j lists every command with its summary', async (argv) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^goaltrail 1\.2\.3 — /);
    // The summaries line up after the longest command, so the gap before them is not pinned.
    expect(stdout).toMatch(/^ {2}help \[command\] {2,}Show the commands, or the options of one command$/m);
    expect(stdout).toMatch(/^ {2}version {2,}Print the goaltrail version$/m);
    expect(stdout).toMatch(/^ {2}-V, --version {2}Print the version$/m);
  });

  it.each([[['--version']], [['-V']], [['version']]])('%j prints the version', async (argv) => {
    expect(await run(argv)).toEqual({ code: 0, stdout: '1.2.3\n', stderr: '' });
  });

  it('explains an unknown command on stderr and exits with 2', async () => {
    const { code, stdout, stderr } = await run(['frobnicate', '--now']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'goaltrail: unknown command "frobnicate"\nRun "goaltrail --help" to see the commands.\n',
    );
  });

  it('rejects an unknown global flag with exit code 2', async () => {
    const { code, stderr } = await run(['--verbose', 'version']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `goaltrail: Unknown option '--verbose'\nRun "goaltrail --help" to see the commands.\n`,
    );
  });

  it('rejects an unknown command flag, naming the command', async () => {
    const { code, stderr } = await run(['version', '--bogus']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `goaltrail version: Unknown option '--bogus'\nRun "goaltrail help version" for its options.\n`,
    );
  });

  it('rejects a positional argument a command does not take', async () => {
    const { code, stderr } = await run(['version', 'extra']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^goaltrail version: unexpected argument "extra"\n/);
  });

  it('shows one command with its options for "help <command>" and "<command> --help"', async () => {
    const viaHelp = await run(['help', 'echo'], [echo]);
    const viaFlag = await run(['echo', '--help'], [echo]);
    expect(viaHelp.code).toBe(0);
    expect(viaFlag).toEqual(viaHelp);
    expect(viaHelp.stdout).toBe(
      [
        'Usage: goaltrail echo <text> [options]',
        '',
        'Repeat the arguments.',
        '',
        'Options:',
        '      --from <position>  Where to start',
        '  -l, --loud             Shout',
        '  -h, --help             Show this help',
        '',
      ].join('\n'),
    );
  });

  it('answers help for an unknown command with exit code 2', async () => {
    const { code, stderr } = await run(['help', 'nope']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^goaltrail help: unknown command "nope"\n/);
  });

  it('passes typed options and positionals to the command', async () => {
    expect(await run(['echo', '--from', '42', '-l', 'hej'], [echo])).toEqual({
      code: 0,
      stdout: 'HEJ from 42\n',
      stderr: '',
    });
  });

  it('turns a missing option value and a UsageError into exit code 2', async () => {
    expect((await run(['echo', 'hej', '--from'], [echo])).code).toBe(2);
    const missing = await run(['echo'], [echo]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^goaltrail echo: missing <text>\n/);
  });

  it('reports a failing command on stderr with exit code 1', async () => {
    expect(await run(['echo', 'boom'], [echo])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'goaltrail echo: the store is closed\n',
    });
  });

  it('treats --help after "--" as an argument, not a request for help', async () => {
    expect((await run(['echo', '--', '--help'], [echo])).stdout).toBe('--help from start\n');
  });
});

describe('command registry', () => {
  it('has unique kebab-case names and one-line summaries', () => {
    const names = commands.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    for (const command of commands) {
      expect(command.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(command.summary).not.toMatch(/\n|\.$/);
    }
  });
});
