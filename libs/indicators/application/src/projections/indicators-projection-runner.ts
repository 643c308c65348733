import { Logger } from '@nestjs/common';
import type { EventStore, GlobalPosition, Subscription } from '@goaltrail/event-store-port';
import { isReached, PositionWaiters } from '@goaltrail/goals-application';
import { IndicatorsReadModel } from '../read-model/indicators-read-model';

/** The streams this projection reads: every indicator's, nothing else. */
export const indicatorStreamPrefix = 'indicator-';

const catchUpPage = 1000;

/**
 * Feeds the IndicatorsReadModel from the store, never from the in-process bus: at start it pages
 * `readAll` of the `indicator-` streams from the model's checkpoint until a short page, then follows
 * `subscribeToAll` with the same prefix. Reading only indicator streams keeps the start cheap on a log of
 * goal events, and makes "caught up" simply the end of the paged read.
 * Catch-up differs from the goals runner's (which waits for the global head, a position a prefix-filtered
 * read never reaches); waiting for positions is shared (PositionWaiters).
 */
export class IndicatorsProjectionRunner {
  private readonly logger = new Logger(IndicatorsProjectionRunner.name);
  private subscription: Subscription | null = null;
  private loop: Promise<void> | null = null;
  private readonly waiters = new PositionWaiters(() => this.model.checkpoint);
  private failure: unknown = null;

  constructor(
    private readonly store: EventStore,
    /** The model this runner keeps up to date; queries read it. */
    readonly model: IndicatorsReadModel = new IndicatorsReadModel(),
  ) {}

  /** Position of the last indicator event applied to the model. */
  get checkpoint(): GlobalPosition | null {
    return this.model.checkpoint;
  }

  /** Catches up with every indicator event in the store, then follows new ones; resolves when caught up. */
  async start(): Promise<number> {
    if (this.subscription) throw new Error('The indicators projection is already running');
    this.failure = null;
    const applied = await this.catchUp();
    const from = this.model.checkpoint;
    this.subscription = this.store.subscribeToAll({
      streamPrefix: indicatorStreamPrefix,
      ...(from === null ? {} : { fromPosition: from }),
    });
    this.loop = this.follow(this.subscription);
    return applied;
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

  /** Read-your-writes: true once the model has applied `position`, false after `timeoutMs`; throws if the runner failed. */
  waitFor(position: GlobalPosition, timeoutMs: number): Promise<boolean> {
    if (this.failure && !isReached(position, this.model.checkpoint)) return Promise.reject(this.failure);
    return this.waiters.wait(position, timeoutMs);
  }

  private async catchUp(): Promise<number> {
    let applied = 0;
    for (;;) {
      const from = this.model.checkpoint;
      let page = 0;
      const options = { streamPrefix: indicatorStreamPrefix, maxCount: catchUpPage, ...(from === null ? {} : { fromPosition: from }) };
      for await (const event of this.store.readAll(options)) {
        this.model.apply(event);
        page += 1;
      }
      applied += page;
      if (page < catchUpPage) return applied;
    }
  }

  private async follow(subscription: Subscription): Promise<void> {
    try {
      for await (const event of subscription) {
        this.model.apply(event);
        if (this.waiters.pending) this.waiters.releaseReached();
      }
    } catch (error) {
      // A broken projection must not serve stale answers silently: waiters fail, and so does every later wait.
      this.failure = error;
      this.logger.error(`Indicators projection stopped at ${this.model.checkpoint ?? 'the start'}`, error);
      this.waiters.releaseAll();
      this.subscription = null;
      await subscription.close().catch(() => undefined);
    }
  }
}
