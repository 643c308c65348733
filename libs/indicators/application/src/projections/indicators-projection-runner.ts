import { Logger } from '@nestjs/common';
import type { EventStore, GlobalPosition, Subscription } from '@goaltrail/event-store-port';
import { isReached } from '@goaltrail/goals-application';
import { IndicatorsReadModel } from '../read-model/indicators-read-model';

/** The streams this projection reads: every indicator's, nothing else. */
export const indicatorStreamPrefix = 'indicator-';

const catchUpPage = 1000;

type Waiter = { position: GlobalPosition; done: (reached: boolean) => void };

/**
 * Feeds the IndicatorsReadModel from the store, never from the in-process bus: at start it pages
 * `readAll` of the `indicator-` streams from the model's checkpoint until a short page, then follows
 * `subscribeToAll` with the same prefix. Reading only indicator streams keeps the start cheap on a log of
 * goal events, and makes "caught up" simply the end of the paged read.
 *
 * The goals ProjectionRunner is typed to GoalsReadModel and waits for the global head, which a
 * prefix-filtered read never reaches, so this is its own small runner; the two could share one generic
 * runner once the goals layer takes a model interface.
 */
export class IndicatorsProjectionRunner {
  private readonly logger = new Logger(IndicatorsProjectionRunner.name);
  private subscription: Subscription | null = null;
  private loop: Promise<void> | null = null;
  private readonly waiters = new Set<Waiter>();
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
    this.releaseAll();
  }

  /** Read-your-writes: true once the model has applied `position`, false after `timeoutMs`; throws if the runner failed. */
  waitFor(position: GlobalPosition, timeoutMs: number): Promise<boolean> {
    if (isReached(position, this.model.checkpoint)) return Promise.resolve(true);
    if (this.failure) return Promise.reject(this.failure);
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
        if (this.waiters.size > 0) this.releaseReached();
      }
    } catch (error) {
      // A broken projection must not serve stale answers silently: waiters fail, and so does every later wait.
      this.failure = error;
      this.logger.error(`Indicators projection stopped at ${this.model.checkpoint ?? 'the start'}`, error);
      this.releaseAll();
      this.subscription = null;
      await subscription.close().catch(() => undefined);
    }
  }

  private releaseReached(): void {
    for (const waiter of [...this.waiters]) {
      if (isReached(waiter.position, this.model.checkpoint)) waiter.done(true);
    }
  }

  private releaseAll(): void {
    for (const waiter of [...this.waiters]) waiter.done(false);
  }
}
