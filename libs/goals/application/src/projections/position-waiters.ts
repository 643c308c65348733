import type { GlobalPosition } from '@goaltrail/event-store-port';
import { isReached } from '../read-model/positions';

type Waiter = { position: GlobalPosition; done: (reached: boolean) => void };

/**
 * Read-your-writes for a projection: callers wait until the model's checkpoint reaches a position (a
 * command's outcome), or give up after a timeout. The runner that feeds the model calls `releaseReached`
 * after applying events, and `releaseAll` when it stops or fails.
 */
export class PositionWaiters {
  private readonly waiters = new Set<Waiter>();

  constructor(private readonly checkpoint: () => GlobalPosition | null) {}

  /** Whether anyone is waiting (checked per applied event, so it must be cheap). */
  get pending(): boolean {
    return this.waiters.size > 0;
  }

  /** Resolves true once the checkpoint reaches `position`, false after `timeoutMs` or when released. */
  wait(position: GlobalPosition, timeoutMs: number): Promise<boolean> {
    if (isReached(position, this.checkpoint())) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        done: (reached) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.done(false), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  releaseReached(): void {
    for (const waiter of [...this.waiters]) {
      if (isReached(waiter.position, this.checkpoint())) waiter.done(true);
    }
  }

  releaseAll(): void {
    for (const waiter of [...this.waiters]) waiter.done(false);
  }
}
