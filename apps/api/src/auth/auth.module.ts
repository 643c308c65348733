import { SessionStore, UsersService } from '@goaltrail/auth';
import type { EventStore } from '@goaltrail/event-store';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { AuthController } from './auth.controller';
import { SessionGuard } from './session.guard';
import { UsersController } from './users.controller';

/**
 * Users (events in the store), in-memory sessions, and the guard that closes every route not marked
 * @Public(). Other modules inject UsersService or SessionStore by their class.
 */
@Module({
  controllers: [AuthController, UsersController],
  providers: [
    { provide: UsersService, useFactory: (store: EventStore) => new UsersService(store), inject: [EVENT_STORE] },
    { provide: SessionStore, useFactory: () => new SessionStore() },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [UsersService, SessionStore],
})
export class AuthModule {}
