import { assertPasswordPolicy, assertRole, assertValidUsername, UsersService } from '@goaltrail/auth';
import { roles } from '@goaltrail/contracts';
import { exitCodes } from '../cli';
import { UsageError, type CliContext } from '../registry/command';
import { withConfiguredStore } from '../store/open-configured-store';
import { readNewPassword } from './users-password-input';
import { asUsageError, cliActor } from './users-support';

/** `goaltrail users add <name> --role <role>`: registers a user in the configured store. */
export async function addUser(
  username: string,
  role: string | undefined,
  passwordFromStdin: boolean,
  context: CliContext,
): Promise<number> {
  if (role === undefined) throw new UsageError(`users add needs --role (${roles.join(', ')})`);
  // Name and role first, so nobody types a password for a request that cannot succeed.
  asUsageError(() => {
    assertValidUsername(username);
    assertRole(role);
  });
  const password = await readNewPassword(passwordFromStdin, context);
  asUsageError(() => assertPasswordPolicy(password));
  return withConfiguredStore(context.env, async (store, where) => {
    const user = await new UsersService(store).register({ username, role, password }, cliActor(context.env));
    context.stdout.write(`Added ${user.username} (${user.role}) to ${where}.\n`);
    return exitCodes.ok;
  });
}
