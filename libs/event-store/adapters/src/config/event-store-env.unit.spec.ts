import { describe, expect, it } from 'vitest';
import { describeStore, eventStoreConfigFromEnv } from './event-store-env';

describe('eventStoreConfigFromEnv', () => {
  it('defaults to the embedded store in ./data', () => {
    expect(eventStoreConfigFromEnv({}, '/srv/goaltrail')).toEqual({
      ok: true,
      config: { kind: 'pglite', dataDir: '/srv/goaltrail/data' },
    });
  });

  it('reads PostgreSQL and KurrentDB settings', () => {
    expect(eventStoreConfigFromEnv({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://u@db/goals' })).toEqual({
      ok: true,
      config: { kind: 'postgres', connectionString: 'postgres://u@db/goals' },
    });
    expect(eventStoreConfigFromEnv({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://k:2113?tls=false' })).toMatchObject({
      ok: true,
      config: { kind: 'kurrentdb' },
    });
  });

  it('lists every problem with the value given', () => {
    const result = eventStoreConfigFromEnv({ EVENT_STORE: 'mysql', DATABASE_URL: 'mysql://x', KURRENTDB_URL: 'http://k' });
    expect(result).toEqual({
      ok: false,
      problems: [
        'EVENT_STORE must be one of pglite, postgres, kurrentdb (got "mysql")',
        'DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")',
        'KURRENTDB_URL must be a kurrentdb:// connection string (got "http://k")',
      ],
    });
  });

  it('names the missing companion variable', () => {
    expect(eventStoreConfigFromEnv({ EVENT_STORE: 'postgres' })).toEqual({
      ok: false,
      problems: ['DATABASE_URL is required when EVENT_STORE=postgres'],
    });
  });
});

describe('describeStore', () => {
  it('never shows a password', () => {
    expect(describeStore({ kind: 'postgres', connectionString: 'postgres://u:secret@db:5432/goals' })).toBe('PostgreSQL at db:5432');
    expect(describeStore({ kind: 'kurrentdb', connectionString: 'kurrentdb://admin:secret@k:2113' })).toBe('KurrentDB at kurrentdb://k:2113');
  });
});
