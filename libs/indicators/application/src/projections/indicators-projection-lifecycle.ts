import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { IndicatorsProjectionRunner } from './indicators-projection-runner';

/**
 * Starts the indicators projection when the module initialises (Nest awaits it, so the app answers only
 * from a caught-up model) and stops it before the store is closed.
 */
@Injectable()
export class IndicatorsProjectionLifecycle implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('IndicatorsProjection');

  constructor(@Inject(IndicatorsProjectionRunner) private readonly runner: IndicatorsProjectionRunner) {}

  async onModuleInit(): Promise<void> {
    const started = performance.now();
    const applied = await this.runner.start();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    this.logger.log(`Caught up in ${seconds} s (${applied} indicator events, checkpoint ${this.runner.checkpoint ?? 'none'})`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
  }
}
