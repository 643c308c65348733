import { Logger } from '@nestjs/common';
import type { EventStore, GlobalPosition, Subscription } from '@goaltrail/event-store-port';
import type { ProjectionProgress } from '../shared/goals-application.tokens';
import { GoalsReadModel } from '../read-model/goals-read-model';
import { isReached } from '../read-model/positions';
import { PositionWaiters } from './position-waiters';

/** How the runner reports catch-up. */
export interface ProjectionStartOptions {
  onProgress?: (progress: ProjectionProgress) => void;
  /** Report every this many events while catching up (default 5,000). */
  progressEvery?: number;
}

/** The start-up catch-up a follow loop reports on until the head seen at start is reached. */
type CatchUp = {
  head: GlobalPosition | null;
  caughtUp: boolean;
  every: number;
  progress: (applied: number, caughtUp: boolean) => void;
  resolve: () => void;
  reject: (error: unknown) => void;
};

/**
 * Feeds the read model from the store's own subscription to the global log, starting after the
 * model's checkpoint: never from the in-process bus, so nothing another process wrote (or that
 * was written while this one was down) is missed.
 */
export class ProjectionRunner {
  private readonly logger = new Logger(ProjectionRunner.name);
  private subscription: Subscription | null = null;
  private loop: Promise<void> | null = null;
  private readonly waiters = new PositionWaiters(() => this.model.checkpoint);
  private failure: unknown = null;

  constructor(
    private readonly store: EventStore,
    /** The model this runner keeps up to date; queries read it. */
    readonly model: GoalsReadModel = new GoalsReadModel(),
  ) {}

  /** Position of the last event applied to the model. */
  get checkpoint(): GlobalPosition | null {
    return this.model.checkpoint;
  }

  /** Subscribes after the checkpoint; resolves once the model holds every event present at start. */
  async start(options: ProjectionStartOptions = {}): Promise<void> {
    if (this.subscription) throw new Error('The projection runner is already running');
    this.failure = null;
    const head = await this.store.headPosition();
    const from = this.model.checkpoint;
    this.subscription = this.store.subscribeToAll(from === null ? {} : { fromPosition: from });
    const progress = (applied: number, caughtUp: boolean) =>
      options.onProgress?.({ applied, checkpoint: this.model.checkpoint, head, caughtUp });
    await new Promise<void>((resolve, reject) => {
      const caughtUp = head === null || isReached(head, from);
      if (caughtUp) {
        progress(0, true);
        resolve();
      }
      const catchUp: CatchUp = { head, caughtUp, every: options.progressEvery ?? 5000, progress, resolve, reject };
      this.loop = this.follow(this.subscription as Subscription, catchUp);
    });
  }

  /** Closes the subscription; pending waiters answer false. */
  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.close();
    await this.loop;
    this.loop = null;
    this.waiters.releaseAll();
  }

  /**
   * Read-your-writes: resolves true once the model has applied the event at `position` (e.g. a
   * command's outcome), false if that takes longer than `timeoutMs`. Throws if the runner failed.
   */
  waitFor(position: GlobalPosition, timeoutMs: number): Promise<boolean> {
    if (this.failure && !isReached(position, this.model.checkpoint)) return Promise.reject(this.failure);
    return this.waiters.wait(position, timeoutMs);
  }

  private async follow(subscription: Subscription, catchUp: CatchUp): Promise<void> {
    let applied = 0;
    try {
      for await (const event of subscription) {
        this.model.apply(event);
        applied += 1;
        if (this.waiters.pending) this.waiters.releaseReached();
        if (catchUp.caughtUp) continue;
        if (catchUp.head !== null && isReached(catchUp.head, this.model.checkpoint)) {
          catchUp.caughtUp = true;
          catchUp.progress(applied, true);
          catchUp.resolve();
        } else if (applied % catchUp.every === 0) catchUp.progress(applied, false);
      }
    } catch (error) {
      // A broken projection must not serve stale answers silently: waiters fail, start fails.
      this.failure = error;
      this.logger.error(`Projection stopped at ${this.model.checkpoint ?? 'the start'}`, error);
      this.waiters.releaseAll();
      catchUp.reject(error);
      this.subscription = null;
      await subscription.close().catch(() => undefined);
    }
  }
}
