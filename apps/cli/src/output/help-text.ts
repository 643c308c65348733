import type { CliContext, Command, OptionSpec } from '../registry/command';

const globalOptions: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'Show this help' },
  version: { type: 'boolean', short: 'V', description: 'Print the version' },
};

/** The overview `goaltrail --help` prints: usage, every command with its summary, global options. */
export function mainHelp(context: CliContext): string {
  const commands = context.commands.map((command) => [
    `${command.name} ${command.usage}`.trim(),
    command.summary,
  ]);
  return [
    `goaltrail ${context.version} — a committee's political goals through the years, recorded as events.`,
    '',
    'Usage: goaltrail <command> [options]',
    '  from the repository: npm run goaltrail -- <command> [options]',
    '',
    'Commands:',
    ...table(commands),
    '',
    'Global options:',
    ...table(optionRows(globalOptions)),
    '',
    'Run "goaltrail help <command>" for the options of one command.',
    '',
  ].join('\n');
}

/** The page `goaltrail help <command>` and `goaltrail <command> --help` print. */
export function commandHelp(command: Command): string {
  return [
    `Usage: goaltrail ${command.name} ${command.usage}`.trimEnd() + ' [options]',
    '',
    `${command.summary}.`,
    '',
    'Options:',
    ...table(optionRows(command.options)),
    '',
  ].join('\n');
}

function optionRows(options: Readonly<Record<string, OptionSpec>>): string[][] {
  return Object.entries(options).map(([name, option]) => {
    const flag = option.short ? `-${option.short}, --${name}` : `    --${name}`;
    const value = option.type === 'string' ? ` <${option.valueName ?? 'value'}>` : '';
    return [`${flag}${value}`, option.description];
  });
}

function table(rows: string[][]): string[] {
  const width = Math.max(...rows.map(([left = '']) => left.length));
  return rows.map(([left = '', right = '']) => `  ${left.padEnd(width)}  ${right}`);
}
