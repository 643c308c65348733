import type { EventStore } from '@goaltrail/event-store';
import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG } from '../config/app-config.token';
import { EventStoreModule } from '../event-store/event-store.module';
import { GoalsHttpModule } from '../goals/goals-http.module';
import { HealthController } from '../health/health.controller';
import { IndicatorsHttpModule } from '../indicators/indicators-http.module';

/** The API's root module, built from a validated configuration and an opened event store. */
@Module({})
export class AppModule {
  static forConfig(config: AppConfig, store: EventStore): DynamicModule {
    return {
      module: AppModule,
      imports: [EventStoreModule.withStore(store), AuthModule, GoalsHttpModule, IndicatorsHttpModule],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }],
    };
  }
}
