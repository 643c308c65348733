import { describe, expect, it } from 'vitest';
import { ConfigError, loadAppConfig } from './app-config';

const spaDir = '/srv/admin';

describe('loadAppConfig', () => {
  it('defaults to the embedded store in ./data on port 3000', () => {
    const config = loadAppConfig({}, spaDir);
    expect(config.eventStore).toEqual({ kind: 'pglite', dataDir: `${process.cwd()}/data` });
    expect(config.port).toBe(3000);
    expect(config.adminDistDir).toBe(spaDir);
  });

  it('reads PostgreSQL settings', () => {
    const config = loadAppConfig({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://u@h/db', PORT: '8080' }, spaDir);
    expect(config.eventStore).toEqual({ kind: 'postgres', connectionString: 'postgres://u@h/db' });
    expect(config.port).toBe(8080);
  });

  it('names an unknown store and the value given', () => {
    expect(() => loadAppConfig({ EVENT_STORE: 'mysql' }, spaDir)).toThrow(ConfigError);
    expect(() => loadAppConfig({ EVENT_STORE: 'mysql' }, spaDir)).toThrow(/EVENT_STORE .*pglite.*\(got "mysql"\)/);
  });

  it('lists every problem at once', () => {
    const attempt = () => loadAppConfig({ EVENT_STORE: 'postgres', PORT: 'eighty' }, spaDir);
    expect(attempt).toThrow(/DATABASE_URL is required when EVENT_STORE=postgres/);
    expect(attempt).toThrow(/PORT .*\(got "eighty"\)/);
  });

  it('rejects a KurrentDB store without a connection string and a malformed one', () => {
    expect(() => loadAppConfig({ EVENT_STORE: 'kurrentdb' }, spaDir)).toThrow(/KURRENTDB_URL is required/);
    expect(() => loadAppConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'http://x' }, spaDir)).toThrow(
      /KURRENTDB_URL must be a kurrentdb:\/\/ connection string/,
    );
  });

  it('rejects a port out of range', () => {
    expect(() => loadAppConfig({ PORT: '70000' }, spaDir)).toThrow(/PORT/);
  });

  it('passes the first admin password on, treating an empty one as unset', () => {
    expect(loadAppConfig({ GOALTRAIL_ADMIN_PASSWORD: 'långt nog lösenord' }, spaDir).adminPassword).toBe('långt nog lösenord');
    expect(loadAppConfig({ GOALTRAIL_ADMIN_PASSWORD: '' }, spaDir).adminPassword).toBeUndefined();
  });

  it('refuses a weak first admin password by name, never echoing it', () => {
    const attempt = () => loadAppConfig({ GOALTRAIL_ADMIN_PASSWORD: 'hemligt' }, spaDir);
    expect(attempt).toThrow(/GOALTRAIL_ADMIN_PASSWORD must be at least 10 characters/);
    expect(attempt).not.toThrow(/hemligt/);
  });

  it('seeds the sample history unless GOALTRAIL_SEED is false, and refuses anything but true or false', () => {
    expect(loadAppConfig({}, spaDir).seed).toBe(true);
    expect(loadAppConfig({ GOALTRAIL_SEED: 'false' }, spaDir).seed).toBe(false);
    expect(() => loadAppConfig({ GOALTRAIL_SEED: 'no' }, spaDir)).toThrow(/GOALTRAIL_SEED must be true or false/);
  });
});
