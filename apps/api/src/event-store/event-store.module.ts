import type { EventStore } from '@goaltrail/event-store';
import { CLOCK, EVENT_STORE_PORT, systemClock } from '@goaltrail/goals-application';
import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE } from './event-store.provider';

/**
 * Makes the already-opened EventStore injectable — under the app's token and the application
 * layer's port token — with the system clock, and closes the store when the app shuts down.
 */
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static withStore(store: EventStore): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: EVENT_STORE_PORT, useExisting: EVENT_STORE },
        { provide: CLOCK, useValue: systemClock },
      ],
      exports: [EVENT_STORE, EVENT_STORE_PORT, CLOCK],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
