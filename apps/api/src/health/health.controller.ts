import type { HealthResponse } from '@goaltrail/contracts';
import { Controller, Get, Inject } from '@nestjs/common';
import { productVersion } from '../app/version';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

@Controller('health')
export class HealthController {
  private readonly startedAt = new Date().toISOString();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  health(): HealthResponse {
    return {
      status: 'ok',
      version: productVersion,
      eventStore: this.config.eventStore.kind,
      startedAt: this.startedAt,
    };
  }
}
