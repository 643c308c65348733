import { resolve } from 'node:path';
import type { EventStoreConfig } from '../create-event-store';

/** The backends a process can be configured with. */
export const eventStoreKindNames = ['pglite', 'postgres', 'kurrentdb'] as const;

/** A store configuration read from the environment, or every problem found on the way. */
export type EventStoreEnvResult = { ok: true; config: EventStoreConfig } | { ok: false; problems: string[] };

const postgresUrl = /^postgres(ql)?:\/\//;
const kurrentUrl = /^(kurrentdb|kdb|esdb|kurrent)(\+discover)?:\/\//;

/**
 * Reads EVENT_STORE, DATA_DIR, DATABASE_URL and KURRENTDB_URL, the variables the API and the
 * command line share. Problems are phrased for a person: the variable, what is wrong, the value.
 */
export function eventStoreConfigFromEnv(env: NodeJS.ProcessEnv, cwd = process.cwd()): EventStoreEnvResult {
  const kind = env['EVENT_STORE'] ?? 'pglite';
  const problems: string[] = [];
  const got = (name: string) => ` (got ${JSON.stringify(env[name])})`;
  if (!(eventStoreKindNames as readonly string[]).includes(kind)) {
    problems.push(`EVENT_STORE must be one of ${eventStoreKindNames.join(', ')}${got('EVENT_STORE')}`);
  }
  const dataDir = env['DATA_DIR'] ?? './data';
  if (dataDir.length === 0) problems.push('DATA_DIR must not be empty');
  const databaseUrl = env['DATABASE_URL'];
  if (databaseUrl !== undefined && !postgresUrl.test(databaseUrl)) {
    problems.push(`DATABASE_URL must be a postgres:// or postgresql:// URL${got('DATABASE_URL')}`);
  }
  if (kind === 'postgres' && !databaseUrl) problems.push('DATABASE_URL is required when EVENT_STORE=postgres');
  const kurrentUrlValue = env['KURRENTDB_URL'];
  if (kurrentUrlValue !== undefined && !kurrentUrl.test(kurrentUrlValue)) {
    problems.push(`KURRENTDB_URL must be a kurrentdb:// connection string${got('KURRENTDB_URL')}`);
  }
  if (kind === 'kurrentdb' && !kurrentUrlValue) problems.push('KURRENTDB_URL is required when EVENT_STORE=kurrentdb');
  if (problems.length > 0) return { ok: false, problems };

  switch (kind) {
    case 'postgres':
      return { ok: true, config: { kind, connectionString: databaseUrl as string } };
    case 'kurrentdb':
      return { ok: true, config: { kind, connectionString: kurrentUrlValue as string } };
    default:
      return { ok: true, config: { kind: 'pglite', dataDir: resolve(cwd, dataDir) } };
  }
}

/** Where a configured store is, for messages: never includes a password. */
export function describeStore(config: EventStoreConfig): string {
  switch (config.kind) {
    case 'pglite':
      return config.dataDir ? `the embedded store in ${config.dataDir}` : 'the embedded in-memory store';
    case 'postgres':
      return `PostgreSQL at ${new URL(config.connectionString).host}`;
    case 'kurrentdb':
      return `KurrentDB at ${config.connectionString.replace(/\/\/[^@/]*@/, '//')}`;
  }
}
