import { createEventStore, describeStore, eventStoreConfigFromEnv, type EventStore } from '@goaltrail/event-store';
import { UsageError } from '../registry/command';

/**
 * Opens the store the environment names (the same variables as the API). Bad settings are the
 * user's to fix, so they surface as usage errors; a store that will not open says which and why.
 */
export async function openConfiguredStore(env: NodeJS.ProcessEnv): Promise<{ store: EventStore; where: string }> {
  const result = eventStoreConfigFromEnv(env);
  if (!result.ok) throw new UsageError(`invalid configuration:\n  ${result.problems.join('\n  ')}`);
  const where = describeStore(result.config);
  try {
    return { store: await createEventStore(result.config), where };
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

/** Opens the configured store, runs `work` with it, and closes it whatever happens. */
export async function withConfiguredStore<T>(
  env: NodeJS.ProcessEnv,
  work: (store: EventStore, where: string) => Promise<T>,
): Promise<T> {
  const { store, where } = await openConfiguredStore(env);
  try {
    return await work(store, where);
  } finally {
    await store.close();
  }
}
