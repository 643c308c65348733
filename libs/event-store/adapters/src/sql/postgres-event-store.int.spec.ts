import {
  dropSchema,
  postgresHowToGet,
  postgresReachable,
  postgresTestUrl,
  serviceAvailable,
  uniqueSchemaName,
} from '@goaltrail/testing';
import { describe } from 'vitest';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { openPostgresClient } from './postgres-client';
import { SqlEventStore } from './sql-event-store';
import { tamperWithEvent } from './tamper';

const url = postgresTestUrl();
const available = serviceAvailable(
  { service: 'PostgreSQL', neededFor: 'PostgreSQL event-store contract tests', howToGet: postgresHowToGet },
  await postgresReachable(url),
);

// Each test gets its own schema in the test database, dropped afterwards.
describe.skipIf(!available)('postgres adapter', () => {
  describeEventStoreContract('postgres', async (options) => {
    const schema = uniqueSchemaName('store');
    const client = openPostgresClient(url, 20);
    const store = await SqlEventStore.open(client, schema, options);
    return {
      store,
      tamper: (position) => tamperWithEvent(client, schema, position),
      close: async () => {
        await store.close();
        await dropSchema(schema, url);
      },
    };
  });
});
