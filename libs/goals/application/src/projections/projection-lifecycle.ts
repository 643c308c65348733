import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { ProjectionProgress } from '../shared/goals-application.tokens';
import { ProjectionRunner } from './projection-runner';

/**
 * Starts the projection runner when the module initialises (Nest awaits it, so the app serves
 * queries only from a caught-up model) and stops it before the store is closed.
 */
@Injectable()
export class ProjectionLifecycle implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('GoalsProjection');

  constructor(@Inject(ProjectionRunner) private readonly runner: ProjectionRunner) {}

  async onModuleInit(): Promise<void> {
    const started = performance.now();
    await this.runner.start({ onProgress: (progress) => this.report(progress, started) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
  }

  private report(progress: ProjectionProgress, started: number): void {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const at = `${progress.applied} events, checkpoint ${progress.checkpoint ?? 'none'} of ${progress.head ?? 'none'}`;
    this.logger.log(progress.caughtUp ? `Caught up in ${seconds} s (${at})` : `Catching up: ${at}`);
  }
}
