import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config/app-config';
import { openEventStore } from '../event-store/event-store.provider';
import { serveAdminSpa } from '../spa/serve-admin-spa';
import { AppModule } from './app.module';

/**
 * Opens the event store, then creates the API with the admin SPA mounted; the caller decides
 * where it listens. The store is opened first so a bad store fails start-up with its own message.
 */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const store = await openEventStore(config.eventStore);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config, store), {
    logger: ['error', 'warn', 'log'],
  });
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  serveAdminSpa(app, config.adminDistDir);
  return app;
}
