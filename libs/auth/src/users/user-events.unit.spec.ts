import type { RecordedEvent } from '@goaltrail/event-store-port';
import { describe, expect, it } from 'vitest';
import { redactUserSecrets, userStreamId } from './user-events';

function event(streamId: string, data: RecordedEvent['data']): RecordedEvent {
  return {
    streamId,
    revision: 0,
    position: '1',
    id: 'e',
    type: 'UserRegistered',
    schemaVersion: 1,
    storedSchemaVersion: 1,
    data,
    metadata: { actor: 'system:bootstrap', role: 'system', effectiveAt: '2026-01-01', recordedAt: '2026-01-01T00:00:00Z' },
  };
}

describe('user events', () => {
  it('live in user-<username> streams', () => {
    expect(userStreamId('anna.berg')).toBe('user-anna.berg');
  });

  it('hide the password hash from readers of the raw log', () => {
    const redacted = redactUserSecrets(event('user-admin', { username: 'admin', role: 'admin', passwordHash: '$argon2id$x' }));
    expect(redacted.data).toEqual({ username: 'admin', role: 'admin', passwordHash: '[redacted]' });
  });

  it('leave other streams exactly as they are', () => {
    const goal = event('plan-sn-2020', { passwordHash: 'not a secret here' });
    expect(redactUserSecrets(goal)).toBe(goal);
  });
});
