import { UsersService } from '@goaltrail/auth';
import { exitCodes } from '../cli';
import type { CliContext } from '../registry/command';
import { withConfiguredStore } from '../store/open-configured-store';
import { readNewPassword } from './users-password-input';
import { cliActor } from './users-support';

/**
 * `goaltrail users password <name>`: sets a user's password, e.g. to replace the generated first-admin
 * password or to let someone back in. Sessions of a running API end only when they expire or on restart.
 */
export async function setUserPassword(username: string, passwordFromStdin: boolean, context: CliContext): Promise<number> {
  const password = await readNewPassword(passwordFromStdin, context);
  return withConfiguredStore(context.env, async (store, where) => {
    await new UsersService(store).changePassword(username, password, cliActor(context.env));
    context.stdout.write(`Changed the password of ${username} in ${where}.\n`);
    return exitCodes.ok;
  });
}
