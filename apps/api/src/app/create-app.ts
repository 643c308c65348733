import { UsersService } from '@goaltrail/auth';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createFirstAdminIfNeeded } from '../auth/first-admin';
import type { AppConfig } from '../config/app-config';
import { openEventStore } from '../event-store/event-store.provider';
import { setupOpenApi } from '../http/openapi';
import { ProblemFilter } from '../http/problem.filter';
import { parsesJsonBody } from '../indicators/streamed-upload';
import { serveAdminSpa } from '../spa/serve-admin-spa';
import { AppModule } from './app.module';
import { seedSampleHistoryIfEmpty } from './seed-sample-history';

/**
 * Opens the event store, then creates the API with the admin SPA mounted; the caller decides
 * where it listens. The store is opened first so a bad store fails start-up with its own message;
 * on a store without users the first admin is created before the app is handed back, and on a store
 * without goal data the sample history is seeded (unless `config.seed` is false).
 */
export async function createApp(
  config: AppConfig,
  logLevels: LogLevel[] = ['error', 'warn', 'log'],
): Promise<NestExpressApplication> {
  const store = await openEventStore(config.eventStore);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config, store), {
    logger: logLevels,
  });
  try {
    // Before the app listens, so nobody meets an API that nobody can sign in to.
    await createFirstAdminIfNeeded(app.get(UsersService), config.adminPassword);
    if (config.seed) await seedSampleHistoryIfEmpty(app);
  } catch (error) {
    await app.close();
    throw error;
  }
  // Goal documents are posted whole to /api/imports; Express's default 100 kB would refuse long ones.
  // Kolada files are streamed by their controller, so the parser leaves that route alone.
  app.useBodyParser('json', { limit: '12mb', type: parsesJsonBody });
  app.useGlobalFilters(new ProblemFilter());
  app.setGlobalPrefix('api');
  setupOpenApi(app);
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  serveAdminSpa(app, config.adminDistDir);
  return app;
}
