import { WeakPasswordError, assertPasswordPolicy } from '@goaltrail/auth';
import { eventStoreConfigFromEnv, type EventStoreConfig } from '@goaltrail/event-store';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Raised when the environment does not describe a runnable API; the message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const portMessage = 'must be a whole number from 1 to 65535';

const httpSchema = z.object({
  PORT: z.coerce.number({ error: portMessage }).int(portMessage).min(1, portMessage).max(65535, portMessage).default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  ADMIN_DIST_DIR: z.string().min(1, 'must not be empty').optional(),
  GOALTRAIL_SEED: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
});

/** Validated settings of one API process. */
export interface AppConfig {
  eventStore: EventStoreConfig;
  port: number;
  host: string;
  /** Directory of the built admin SPA, served at `/`. */
  adminDistDir: string;
  /** Password of the `admin` user created on a store without users; generated and logged once when unset. */
  adminPassword?: string;
  /** On a store with no committee or plan yet, import the Socialnämnden 2005 and 2020 history at start. */
  seed: boolean;
}

/** Reads and validates the API's environment; throws ConfigError listing every problem. */
export function loadAppConfig(env: NodeJS.ProcessEnv, defaultAdminDistDir: string): AppConfig {
  const store = eventStoreConfigFromEnv(env);
  const http = httpSchema.safeParse(env);
  const problems = store.ok ? [] : [...store.problems];
  const adminPassword = env['GOALTRAIL_ADMIN_PASSWORD'] || undefined;
  const passwordProblem = adminPassword === undefined ? null : passwordPolicyProblem(adminPassword);
  // Named, never echoed: the value is a secret.
  if (passwordProblem) problems.push(`GOALTRAIL_ADMIN_PASSWORD ${passwordProblem}`);
  if (!http.success) {
    for (const issue of http.error.issues) {
      const name = issue.path.join('.');
      const got = name in env ? ` (got ${JSON.stringify(env[name])})` : '';
      problems.push(`${name} ${issue.message}${got}`);
    }
  }
  if (!store.ok || !http.success || problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
  return {
    eventStore: store.config,
    port: http.data.PORT,
    host: http.data.HOST,
    adminDistDir: resolve(http.data.ADMIN_DIST_DIR ?? defaultAdminDistDir),
    seed: http.data.GOALTRAIL_SEED === 'true',
    ...(adminPassword === undefined ? {} : { adminPassword }),
  };
}

function passwordPolicyProblem(password: string): string | null {
  try {
    assertPasswordPolicy(password);
    return null;
  } catch (error) {
    if (error instanceof WeakPasswordError) return error.rule;
    throw error;
  }
}
