import { defineCommand, UsageError } from '../registry/command';
import { addUser } from './users-add';
import { listUsers } from './users-list';
import { setUserPassword } from './users-password';

const actions = 'add <name> --role <role>, list, or password <name>';

/** `goaltrail users add|list|password`: user accounts in the configured store, the same as the API's. */
export const usersCommand = defineCommand({
  name: 'users',
  summary: `Manage user accounts: ${actions}`,
  usage: '<action>',
  options: {
    role: { type: 'string', valueName: 'role', description: 'Role of the new user (add): admin, planner or auditor' },
    'password-stdin': {
      type: 'boolean',
      description: 'Read the password from the first line of stdin instead of asking twice (add, password)',
    },
    json: { type: 'boolean', description: 'Print the users as JSON (list)' },
  },
  maxPositionals: 2,
  async run({ values, positionals }, context) {
    const [action, name] = positionals;
    const fromStdin = values['password-stdin'] === true;
    switch (action) {
      case 'add':
        return addUser(requireName(name, action), values.role, fromStdin, context);
      case 'password':
        return setUserPassword(requireName(name, action), fromStdin, context);
      case 'list':
        if (name !== undefined) throw new UsageError(`unexpected argument "${name}"`);
        return listUsers(values.json === true, context);
      case undefined:
        throw new UsageError(`say what to do: ${actions}`);
      default:
        throw new UsageError(`unknown action "${action}"; use ${actions}`);
    }
  },
});

function requireName(name: string | undefined, action: string): string {
  if (name === undefined) throw new UsageError(`users ${action} needs a username`);
  return name;
}
