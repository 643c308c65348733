import type { RecordedEvent } from '@goaltrail/event-store-port';
import { describe, expect, it } from 'vitest';
import { bootstrapActor, decideChangeUserPassword, decideRegisterUser, type RegisterUser } from './user-decide';
import { InvalidRoleError, InvalidUsernameError, UnknownUserError, UsernameTakenError } from './user-errors';
import { foldUser, type UserState } from './user-state';

const admin = { actor: 'anna', role: 'admin' };
const register: RegisterUser = {
  username: 'bertil',
  role: 'planner',
  passwordHash: '$argon2id$hash-1',
  eventId: '0b9f3a62-8d7e-4c1a-9f00-2a4b5c6d7e8f',
  at: '2026-03-01T10:00:00.000Z',
  by: admin,
};

function recorded(revision: number, event: { type: string; data: RecordedEvent['data'] }): RecordedEvent {
  return {
    streamId: 'user-bertil',
    revision,
    position: String(revision + 1),
    id: `id-${revision}`,
    type: event.type,
    schemaVersion: 1,
    storedSchemaVersion: 1,
    data: event.data,
    metadata: { actor: 'anna', role: 'admin', effectiveAt: '2026-03-01', recordedAt: `2026-03-0${revision + 1}T00:00:00.000Z` },
  };
}

const bertil: UserState = { username: 'bertil', role: 'planner', passwordHash: '$argon2id$hash-1', registeredAt: '2026-03-01T00:00:00.000Z', revision: 0 };

describe('registering a user', () => {
  it('given no user of that name, records UserRegistered by the creating admin, effective now', () => {
    const event = decideRegisterUser(null, register);
    expect(event).toEqual({
      id: register.eventId,
      type: 'UserRegistered',
      data: { username: 'bertil', role: 'planner', passwordHash: '$argon2id$hash-1' },
      metadata: { actor: 'anna', role: 'admin', effectiveAt: '2026-03-01T10:00:00.000Z' },
    });
  });

  it('records the first admin as created by system:bootstrap', () => {
    expect(decideRegisterUser(null, { ...register, by: bootstrapActor }).metadata).toMatchObject({ actor: 'system:bootstrap', role: 'system' });
  });

  it('given the name is taken, refuses with UsernameTakenError', () => {
    expect(() => decideRegisterUser(bertil, register)).toThrow(UsernameTakenError);
  });

  it('refuses a name that breaks the rule, pointing at the username field', () => {
    for (const username of ['Bertil', 'b', '1bertil', 'bertil berg', 'å', 'b'.repeat(41)]) {
      const attempt = () => decideRegisterUser(null, { ...register, username });
      expect(attempt).toThrow(InvalidUsernameError);
    }
    try {
      decideRegisterUser(null, { ...register, username: 'X' });
    } catch (error) {
      expect(error).toMatchObject({ path: ['username'], message: expect.stringMatching(/lower-case letter first/) });
    }
  });

  it('accepts names with digits, dots, underscores and dashes after the first letter', () => {
    for (const username of ['ab', 'anna.berg', 'a_b-c9', `a${'b'.repeat(39)}`]) {
      expect(decideRegisterUser(null, { ...register, username }).data.username).toBe(username);
    }
  });

  it('refuses an unknown role, naming the roles allowed', () => {
    expect(() => decideRegisterUser(null, { ...register, role: 'boss' })).toThrow(InvalidRoleError);
    expect(() => decideRegisterUser(null, { ...register, role: 'boss' })).toThrow(/admin, planner, auditor/);
  });
});

describe('changing a password', () => {
  it('given the user exists, records UserPasswordChanged with the new hash only', () => {
    const event = decideChangeUserPassword(bertil, { username: 'bertil', passwordHash: '$argon2id$hash-2', eventId: register.eventId, at: register.at, by: admin });
    expect(event.type).toBe('UserPasswordChanged');
    expect(event.data).toEqual({ passwordHash: '$argon2id$hash-2' });
  });

  it('given no such user, refuses with UnknownUserError', () => {
    expect(() => decideChangeUserPassword(null, { username: 'nobody', passwordHash: 'h', eventId: register.eventId, at: register.at, by: admin })).toThrow(UnknownUserError);
  });
});

describe('folding a user stream', () => {
  it('keeps the registration time and the newest hash and revision', () => {
    const state = foldUser([
      recorded(0, { type: 'UserRegistered', data: { username: 'bertil', role: 'planner', passwordHash: 'h1' } }),
      recorded(1, { type: 'SomethingElse', data: {} }),
      recorded(2, { type: 'UserPasswordChanged', data: { passwordHash: 'h2' } }),
    ]);
    expect(state).toEqual({ username: 'bertil', role: 'planner', passwordHash: 'h2', registeredAt: '2026-03-01T00:00:00.000Z', revision: 2 });
  });

  it('ignores a password change without a registration and malformed events', () => {
    expect(foldUser([recorded(0, { type: 'UserPasswordChanged', data: { passwordHash: 'h' } })])).toBeNull();
    expect(foldUser([recorded(0, { type: 'UserRegistered', data: { username: 'bertil' } })])).toBeNull();
  });
});
