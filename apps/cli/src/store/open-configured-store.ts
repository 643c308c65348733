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
