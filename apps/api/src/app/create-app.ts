import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config/app-config';
import { serveAdminSpa } from '../spa/serve-admin-spa';
import { AppModule } from './app.module';

/** Creates the API with the admin SPA mounted; the caller decides where it listens. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    logger: ['error', 'warn', 'log'],
  });
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  serveAdminSpa(app, config.adminDistDir);
  return app;
}
