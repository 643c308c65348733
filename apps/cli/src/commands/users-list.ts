import { UsersService } from '@goaltrail/auth';
import { exitCodes } from '../cli';
import type { CliContext } from '../registry/command';
import { withConfiguredStore } from '../store/open-configured-store';

/** `goaltrail users list`: every user with role and registration time, as a table or JSON. */
export async function listUsers(json: boolean, context: CliContext): Promise<number> {
  return withConfiguredStore(context.env, async (store, where) => {
    const users = await new UsersService(store).list();
    if (json) {
      context.stdout.write(`${JSON.stringify(users)}\n`);
      return exitCodes.ok;
    }
    if (users.length === 0) {
      context.stdout.write(`No users in ${where} yet; the API creates "admin" on its first start.\n`);
      return exitCodes.ok;
    }
    const rows = [['USERNAME', 'ROLE', 'REGISTERED'], ...users.map((user) => [user.username, user.role, user.registeredAt])];
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
    for (const row of rows) {
      context.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()}\n`);
    }
    return exitCodes.ok;
  });
}
