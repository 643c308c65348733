import type { EventStore } from '@goaltrail/event-store-port';
import { GoalsReadModel } from '../read-model/goals-read-model';
import type { ProjectionProgress } from '../shared/goals-application.tokens';

/** Events per `readAll` page: bounded memory whatever the adapter does underneath. */
export const rebuildPageSize = 1000;

/** Options of a rebuild. */
export interface RebuildOptions {
  /** Called after every page with the events applied so far. */
  onProgress?: (progress: ProjectionProgress) => void;
}

/**
 * Builds a fresh read model from position zero by paging the global log (`goaltrail rebuild`).
 * Compare its `fingerprint()` with a live model's to prove the projection is a pure function of
 * the log. Reads until the log runs dry, so events appended meanwhile are included.
 */
export async function rebuildProjections(store: EventStore, options: RebuildOptions = {}): Promise<GoalsReadModel> {
  const model = new GoalsReadModel();
  const head = await store.headPosition();
  for (;;) {
    const from = model.checkpoint;
    let read = 0;
    const page = store.readAll({ maxCount: rebuildPageSize, ...(from === null ? {} : { fromPosition: from }) });
    for await (const event of page) {
      model.apply(event);
      read += 1;
    }
    const done = read < rebuildPageSize;
    options.onProgress?.({ applied: model.eventCount, checkpoint: model.checkpoint, head, caughtUp: done });
    if (done) return model;
  }
}
