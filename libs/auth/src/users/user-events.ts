import type { Role } from '@goaltrail/contracts';
import type { RecordedEvent } from '@goaltrail/event-store-port';

/** Every user's events live in their own stream, `user-<username>`. */
export const userStreamPrefix = 'user-';

/** The stream of one user. */
export function userStreamId(username: string): string {
  return `${userStreamPrefix}${username}`;
}

/** A user was created. The hash is argon2id in PHC form; the password itself is never stored. */
export interface UserRegistered {
  type: 'UserRegistered';
  data: { username: string; role: Role; passwordHash: string };
}

/** A user's password was replaced. */
export interface UserPasswordChanged {
  type: 'UserPasswordChanged';
  data: { passwordHash: string };
}

/** Every event of a user stream. */
export type UserEvent = UserRegistered | UserPasswordChanged;

/** The stable type names of user events. */
export const userEventTypes = ['UserRegistered', 'UserPasswordChanged'] as const;

/**
 * Reads a recorded event as a user event, or null for any other type: the log is shared, and
 * unknown types are skipped rather than trusted.
 */
export function asUserEvent(event: RecordedEvent): UserEvent | null {
  const { data } = event;
  switch (event.type) {
    case 'UserRegistered':
      if (typeof data['username'] !== 'string' || typeof data['role'] !== 'string') return null;
      if (typeof data['passwordHash'] !== 'string') return null;
      return { type: event.type, data: { username: data['username'], role: data['role'] as Role, passwordHash: data['passwordHash'] } };
    case 'UserPasswordChanged':
      if (typeof data['passwordHash'] !== 'string') return null;
      return { type: event.type, data: { passwordHash: data['passwordHash'] } };
    default:
      return null;
  }
}

/**
 * The event with any password hash replaced by a marker. The raw event log is readable by auditors
 * (`GET /api/events`), and a hash is still worth attacking offline, so every reader outside auth
 * should pass user events through this.
 */
export function redactUserSecrets<E extends RecordedEvent>(event: E): E {
  if (!event.streamId.startsWith(userStreamPrefix) || !('passwordHash' in event.data)) return event;
  return { ...event, data: { ...event.data, passwordHash: '[redacted]' } };
}
