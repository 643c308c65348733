import { describe, expect, it } from 'vitest';
import {
  callerMetadataOf,
  isEventMetadata,
  isJsonObject,
  splitStoredMetadata,
  toStoredMetadata,
} from './metadata.mapper';

const metadata = {
  actor: 'anna',
  role: 'planner',
  reason: 'tydligare formulering',
  decisionRef: 'SN 2020-05-12 § 41',
  correlationId: null,
  effectiveAt: '2021-01-01',
  extra: { source: 'mal-2020.txt', $chain: 'a nested $ key is the caller’s own' },
  recordedAt: '2026-03-01T09:00:00.000Z',
};
const link = { digest: 'a'.repeat(64), hash: 'b'.repeat(64), prev: '0'.repeat(64) };

describe('metadata ↔ KurrentDB metadata', () => {
  it('stores our metadata as a JSON object with the schema version and chain link beside it', () => {
    const stored = toStoredMetadata(metadata, 2, link);
    expect(stored).toEqual({ ...metadata, $schemaVersion: 2, $chain: link });
  });

  it('round-trips through JSON (as KurrentDB stores it) and strips $chain and $schemaVersion on the way back', () => {
    const fromServer: unknown = JSON.parse(JSON.stringify(toStoredMetadata(metadata, 2, link)));
    const split = splitStoredMetadata(fromServer);
    expect(split).toEqual({ metadata, schemaVersion: 2, chain: link });
    expect(split?.metadata).not.toHaveProperty('$chain');
    expect(split?.metadata).not.toHaveProperty('$schemaVersion');
    expect(split && isEventMetadata(split.metadata)).toBe(true);
  });

  it('reads schema version 1 when an event carries none', () => {
    expect(splitStoredMetadata({ ...metadata })?.schemaVersion).toBe(1);
  });

  it('refuses metadata that is not a JSON object, or a broken schema version', () => {
    expect(splitStoredMetadata(undefined)).toBeNull();
    expect(splitStoredMetadata(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(splitStoredMetadata(['actor'])).toBeNull();
    expect(splitStoredMetadata('{"actor":"anna"}')).toBeNull();
    expect(splitStoredMetadata({ ...metadata, $schemaVersion: '2' })).toBeNull();
    expect(splitStoredMetadata({ ...metadata, $schemaVersion: 0 })).toBeNull();
  });

  it('drops a top-level $chain a caller slipped in, so it cannot forge a link', () => {
    const json = JSON.stringify({ ...metadata, $chain: { hash: 'forged' }, $schemaVersion: 9 });
    expect(callerMetadataOf(json)).toEqual(metadata);
  });

  it('recognises complete event metadata only', () => {
    expect(isEventMetadata(metadata)).toBe(true);
    const { recordedAt: _recordedAt, ...withoutClock } = metadata;
    expect(isEventMetadata(withoutClock)).toBe(false);
  });

  it('knows plain JSON objects from arrays, bytes and class instances', () => {
    expect(isJsonObject({})).toBe(true);
    expect(isJsonObject(Object.create(null))).toBe(true);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject(new Uint8Array(1))).toBe(false);
    expect(isJsonObject(new Date())).toBe(false);
    expect(isJsonObject(null)).toBe(false);
  });
});
