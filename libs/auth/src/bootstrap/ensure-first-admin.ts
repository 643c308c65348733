import { generatePassword } from '../passwords/generate-password';
import { bootstrapActor } from '../users/user-decide';
import { UsernameTakenError } from '../users/user-errors';
import { assertPasswordPolicy } from '../users/user-rules';
import type { UsersService } from '../users/users.service';

/** The name of the admin created on a store without users. */
export const firstAdminUsername = 'admin';

/** What ensureFirstAdmin did: nothing, or created `admin` with a configured or generated password. */
export type FirstAdminResult =
  | { created: false }
  | { created: true; username: string; password: string; generated: boolean };

/**
 * On a store without users, registers `admin` (role admin, actor `system:bootstrap`) so someone can
 * sign in at all. The password is the configured one, checked against the policy (WeakPasswordError
 * with path GOALTRAIL_ADMIN_PASSWORD), or else a generated one the caller must show once.
 * When another process created the admin first, nothing happens.
 */
export async function ensureFirstAdmin(users: UsersService, configuredPassword?: string): Promise<FirstAdminResult> {
  // Checked even when an admin exists, so a bad setting is noticed before it is ever needed.
  if (configuredPassword !== undefined) assertPasswordPolicy(configuredPassword, ['GOALTRAIL_ADMIN_PASSWORD']);
  if (await users.hasAnyUser()) return { created: false };
  const password = configuredPassword ?? generatePassword();
  try {
    await users.register({ username: firstAdminUsername, role: 'admin', password }, bootstrapActor);
  } catch (error) {
    if (error instanceof UsernameTakenError) return { created: false };
    throw error;
  }
  return { created: true, username: firstAdminUsername, password, generated: configuredPassword === undefined };
}
