import { defineCommand } from '../registry/command';

/** `goaltrail version`: the same answer as `goaltrail --version`, for scripts that prefer a command. */
export const versionCommand = defineCommand({
  name: 'version',
  summary: 'Print the goaltrail version',
  run(_args, context) {
    context.stdout.write(`${context.version}\n`);
    return 0;
  },
});
