import type { NewEvent } from '@goaltrail/event-store-port';
import type { UserPasswordChanged, UserRegistered } from './user-events';
import { UnknownUserError, UsernameTakenError } from './user-errors';
import { assertRole, assertValidUsername } from './user-rules';
import type { UserState } from './user-state';

/** Who made a change, as the event metadata records it. */
export interface EventActor {
  actor: string;
  role: string;
}

/** The actor of the first admin, created by the API itself on its first start. */
export const bootstrapActor: EventActor = { actor: 'system:bootstrap', role: 'system' };

/** What every user command carries besides its data: the event id, the time and who. */
interface CommandEnvelope {
  eventId: string;
  /** ISO date-time; becomes the event's effectiveAt. */
  at: string;
  by: EventActor;
}

/** Register a new user. The password was checked against the policy and hashed before this. */
export interface RegisterUser extends CommandEnvelope {
  username: string;
  role: string;
  passwordHash: string;
}

/** Replace a user's password hash. */
export interface ChangeUserPassword extends CommandEnvelope {
  username: string;
  passwordHash: string;
}

/** Decides a registration: the name and role must be valid and the name free. */
export function decideRegisterUser(
  state: UserState | null,
  command: RegisterUser,
): NewEvent<UserRegistered['type'], UserRegistered['data']> {
  assertValidUsername(command.username);
  assertRole(command.role);
  if (state) throw new UsernameTakenError(command.username);
  return {
    id: command.eventId,
    type: 'UserRegistered',
    data: { username: command.username, role: command.role, passwordHash: command.passwordHash },
    metadata: { ...command.by, effectiveAt: command.at },
  };
}

/** Decides a password change: the user must exist. */
export function decideChangeUserPassword(
  state: UserState | null,
  command: ChangeUserPassword,
): NewEvent<UserPasswordChanged['type'], UserPasswordChanged['data']> {
  if (!state) throw new UnknownUserError(command.username);
  return {
    id: command.eventId,
    type: 'UserPasswordChanged',
    data: { passwordHash: command.passwordHash },
    metadata: { ...command.by, effectiveAt: command.at },
  };
}
