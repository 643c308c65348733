import { ensureFirstAdmin, UsersService, WeakPasswordError } from '@goaltrail/auth';
import { Logger } from '@nestjs/common';
import { ConfigError } from '../config/app-config';

/**
 * On a store without users, creates `admin`. A generated password is logged once, as a warning, and
 * never again: it is not stored anywhere but as a hash. A configured one that breaks the password
 * policy stops start-up with a ConfigError naming the variable.
 */
export async function createFirstAdminIfNeeded(users: UsersService, configuredPassword: string | undefined): Promise<void> {
  const logger = new Logger('Auth');
  const result = await ensureFirstAdmin(users, configuredPassword).catch((error: unknown) => {
    if (error instanceof WeakPasswordError) {
      throw new ConfigError(`Invalid configuration:\n  GOALTRAIL_ADMIN_PASSWORD ${error.rule}`);
    }
    throw error;
  });
  if (!result.created) return;
  if (!result.generated) {
    logger.log(`Created the first user, "${result.username}" (admin), with the password from GOALTRAIL_ADMIN_PASSWORD.`);
    return;
  }
  logger.warn(
    `Created the first user, "${result.username}" (admin), with the generated password ${result.password} — ` +
      'it is shown only this once. Sign in and change it (POST /api/auth/password), or run ' +
      `"goaltrail users password ${result.username}". Set GOALTRAIL_ADMIN_PASSWORD to choose it yourself on a fresh store.`,
  );
}
