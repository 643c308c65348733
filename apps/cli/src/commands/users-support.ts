import { UserInputError, type EventActor } from '@goaltrail/auth';
import { userInfo } from 'node:os';
import { UsageError } from '../registry/command';

/**
 * Who the events of a CLI change are recorded as. The CLI opens the store directly, with no session,
 * so it records the operating-system account that ran it, in the role `system`.
 */
export function cliActor(env: NodeJS.ProcessEnv): EventActor {
  let account: string | undefined;
  try {
    account = userInfo().username;
  } catch {
    // Containers may run as a uid with no passwd entry.
    account = env['USER'] ?? env['LOGNAME'];
  }
  return { actor: `cli:${account ?? 'unknown'}`, role: 'system' };
}

/** Runs a check and reports a refused name, role or password as a usage error (exit 2 with a hint). */
export function asUsageError<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof UserInputError) throw new UsageError(error.message);
    throw error;
  }
}
