import type { HealthResponse } from '@goaltrail/contracts';
import type { EventStore } from '@goaltrail/event-store';
import { Controller, Get, Inject } from '@nestjs/common';
import { productVersion } from '../app/version';
import { Public } from '../auth/public.decorator';
import { EVENT_STORE } from '../event-store/event-store.provider';

/** Public: load balancers and the Docker health check ask without a session. */
@Public()
@Controller('health')
export class HealthController {
  private readonly startedAt = new Date().toISOString();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Answers only after the event store itself answered, so "ok" means the data is reachable. */
  @Get()
  async health(): Promise<HealthResponse> {
    return {
      status: 'ok',
      version: productVersion,
      eventStore: this.store.kind,
      headPosition: await this.store.headPosition(),
      startedAt: this.startedAt,
    };
  }
}
