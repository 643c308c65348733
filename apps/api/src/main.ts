import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { createApp } from './app/create-app';
import { ConfigError, loadAppConfig, type AppConfig } from './config/app-config';
import { EventStoreStartError } from './event-store/event-store.provider';

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  new Logger('goaltrail').log(
    `Listening on http://${shownHost}:${config.port} (event store: ${config.eventStore.kind})`,
  );
}

function readConfigOrExit(): AppConfig {
  try {
    // The bundle lives in dist/apps/api; the SPA build sits beside it in dist/apps/admin.
    return loadAppConfig(process.env, join(__dirname, '..', 'admin'));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  // A store that cannot be opened, or a bad first-admin password, is a configuration matter: say so, no stack.
  if (error instanceof EventStoreStartError || error instanceof ConfigError) console.error(error.message);
  else console.error('goaltrail could not start:', error);
  process.exit(1);
});
