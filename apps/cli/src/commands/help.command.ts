import { commandHelp, mainHelp } from '../output/help-text';
import { defineCommand, UsageError } from '../registry/command';

/** `goaltrail help [command]`: the command list, or one command's options. */
export const helpCommand = defineCommand({
  name: 'help',
  summary: 'Show the commands, or the options of one command',
  usage: '[command]',
  maxPositionals: 1,
  run({ positionals: [name] }, context) {
    if (name === undefined) {
      context.stdout.write(mainHelp(context));
      return 0;
    }
    const command = context.commands.find((candidate) => candidate.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    context.stdout.write(commandHelp(command));
    return 0;
  },
});
