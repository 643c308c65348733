import {
  createEventStore,
  describeStore,
  eventStoreConfigFromEnv,
  type EventStore,
  type EventStoreConfig,
  type PgliteBufferPool,
} from '@goaltrail/event-store';
import { UsageError } from '../registry/command';

/** How a command wants the configured store opened. */
export interface StoreTuning {
  /** The embedded store's buffer pool, for a command that writes much and reads little; ignored elsewhere. */
  pgliteBufferPool?: PgliteBufferPool;
}

/**
 * Opens the store the environment names (the same variables as the API). Bad settings are the
 * user's to fix, so they surface as usage errors; a store that will not open says which and why.
 */
export async function openConfiguredStore(env: NodeJS.ProcessEnv, tuning: StoreTuning = {}): Promise<{ store: EventStore; where: string }> {
  const result = eventStoreConfigFromEnv(env);
  if (!result.ok) throw new UsageError(`invalid configuration:\n  ${result.problems.join('\n  ')}`);
  const where = describeStore(result.config);
  try {
    return { store: await createEventStore(tuned(result.config, tuning)), where };
  } catch (error) {
    throw new Error(`could not open ${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * A progress total from the store's head position. SQL positions count events (a failed append
 * can leave a gap), so they give a bar a total; KurrentDB's are byte offsets, so there is none.
 */
export async function eventTotal(store: EventStore): Promise<number | undefined> {
  const head = await store.headPosition();
  return head !== null && /^\d+$/.test(head) ? Number(head) : undefined;
}

function tuned(config: EventStoreConfig, tuning: StoreTuning): EventStoreConfig {
  return config.kind === 'pglite' && tuning.pgliteBufferPool ? { ...config, bufferPool: tuning.pgliteBufferPool } : config;
}

/** Opens the configured store, runs `work` with it, and closes it whatever happens. */
export async function withConfiguredStore<T>(
  env: NodeJS.ProcessEnv,
  work: (store: EventStore, where: string) => Promise<T>,
  tuning: StoreTuning = {},
): Promise<T> {
  const { store, where } = await openConfiguredStore(env, tuning);
  try {
    return await work(store, where);
  } finally {
    await store.close();
  }
}
