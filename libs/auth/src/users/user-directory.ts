import type { EventStore, GlobalPosition } from '@goaltrail/event-store-port';
import { userStreamPrefix } from './user-events';
import { evolveUser, type UserState } from './user-state';

/**
 * Every user, folded from the `user-` streams and kept in memory. `refresh` reads only what was
 * appended since the last refresh, so users added by another process (the CLI, a second API) appear
 * on the next call. Refreshes run one at a time so no event is applied twice.
 */
export class UserDirectory {
  private readonly users = new Map<string, UserState>();
  private checkpoint: GlobalPosition | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly store: EventStore) {}

  /** Catches up with the store; resolves when every user event appended before the call is applied. */
  refresh(): Promise<void> {
    const run = this.queue.then(() => this.catchUp());
    // A failed read must not block later refreshes; the caller still sees this one fail.
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The users as of the last refresh. */
  all(): UserState[] {
    return [...this.users.values()];
  }

  /** How many users there were at the last refresh. */
  get size(): number {
    return this.users.size;
  }

  private async catchUp(): Promise<void> {
    for await (const event of this.store.readAll({ streamPrefix: userStreamPrefix, fromPosition: this.checkpoint })) {
      const username = event.streamId.slice(userStreamPrefix.length);
      const next = evolveUser(this.users.get(username) ?? null, event);
      if (next) this.users.set(username, next);
      this.checkpoint = event.position;
    }
  }
}
