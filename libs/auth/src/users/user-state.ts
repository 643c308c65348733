import type { Role } from '@goaltrail/contracts';
import type { RecordedEvent } from '@goaltrail/event-store-port';
import { asUserEvent } from './user-events';

/** One user as folded from their stream. Holds the hash, so it never leaves the auth library. */
export interface UserState {
  username: string;
  role: Role;
  passwordHash: string;
  /** When the store recorded the registration. */
  registeredAt: string;
  /** Revision of the user's stream: the expected revision of the next change. */
  revision: number;
}

/** Applies one recorded event of a user stream; events of other types leave the state unchanged. */
export function evolveUser(state: UserState | null, recorded: RecordedEvent): UserState | null {
  const event = asUserEvent(recorded);
  if (!event) return state;
  switch (event.type) {
    case 'UserRegistered':
      return {
        username: event.data.username,
        role: event.data.role,
        passwordHash: event.data.passwordHash,
        registeredAt: recorded.metadata.recordedAt,
        revision: recorded.revision,
      };
    case 'UserPasswordChanged':
      // A change without a registration before it cannot be folded into a user.
      return state && { ...state, passwordHash: event.data.passwordHash, revision: recorded.revision };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** Folds a user's whole stream; null when the stream holds no registration. */
export function foldUser(events: Iterable<RecordedEvent>): UserState | null {
  let state: UserState | null = null;
  for (const event of events) state = evolveUser(state, event);
  return state;
}
