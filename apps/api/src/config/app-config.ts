import { eventStoreKinds } from '@goaltrail/contracts';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Raised when the environment does not describe a runnable API; the message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const portSchema = z.coerce
  .number({ error: 'must be a whole number from 1 to 65535' })
  .int('must be a whole number from 1 to 65535')
  .min(1, 'must be a whole number from 1 to 65535')
  .max(65535, 'must be a whole number from 1 to 65535');

const environmentSchema = z.object({
  EVENT_STORE: z.enum(eventStoreKinds, { error: `must be one of ${eventStoreKinds.join(', ')}` }).default('pglite'),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  KURRENTDB_URL: z
    .string()
    .regex(/^(kurrentdb|kdb|esdb|kurrent)(\+discover)?:\/\//, 'must be a kurrentdb:// connection string')
    .optional(),
  PORT: portSchema.default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  ADMIN_DIST_DIR: z.string().min(1, 'must not be empty').optional(),
});

/** Settings that only make sense together; checked on the raw environment so every problem shows at once. */
function missingCompanions(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (env['EVENT_STORE'] === 'postgres' && !env['DATABASE_URL']) {
    problems.push('  DATABASE_URL is required when EVENT_STORE=postgres');
  }
  if (env['EVENT_STORE'] === 'kurrentdb' && !env['KURRENTDB_URL']) {
    problems.push('  KURRENTDB_URL is required when EVENT_STORE=kurrentdb');
  }
  return problems;
}

/** Which event store the API runs on and where it finds it. */
export type EventStoreConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; databaseUrl: string }
  | { kind: 'kurrentdb'; connectionString: string };

/** Validated settings of one API process. */
export interface AppConfig {
  eventStore: EventStoreConfig;
  port: number;
  host: string;
  /** Directory of the built admin SPA, served at `/`. */
  adminDistDir: string;
}

/** Reads and validates the API's environment; throws ConfigError listing every problem. */
export function loadAppConfig(env: NodeJS.ProcessEnv, defaultAdminDistDir: string): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const got = name in env ? ` (got ${JSON.stringify(env[name])})` : '';
        return `  ${name} ${issue.message}${got}`;
      });
  problems.push(...missingCompanions(env));
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const values = parsed.data;
  return {
    eventStore: eventStoreFrom(values),
    port: values.PORT,
    host: values.HOST,
    adminDistDir: resolve(values.ADMIN_DIST_DIR ?? defaultAdminDistDir),
  };
}

function eventStoreFrom(values: z.infer<typeof environmentSchema>): EventStoreConfig {
  switch (values.EVENT_STORE) {
    case 'pglite':
      return { kind: 'pglite', dataDir: resolve(values.DATA_DIR) };
    case 'postgres':
      return { kind: 'postgres', databaseUrl: values.DATABASE_URL as string };
    case 'kurrentdb':
      return { kind: 'kurrentdb', connectionString: values.KURRENTDB_URL as string };
  }
}
