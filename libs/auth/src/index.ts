/** The users service: register, change passwords, check credentials, list users (events in the store). */
export { UsersService, type Clock, type NewUser } from './users/users.service';
/** Pure decisions on user streams, the actor recorded with them, and the first admin's actor. */
export {
  bootstrapActor,
  decideChangeUserPassword,
  decideRegisterUser,
  type ChangeUserPassword,
  type EventActor,
  type RegisterUser,
} from './users/user-decide';
/** Typed refusals of the user rules; UserInputError carries the field `path`. */
export {
  InvalidRoleError,
  InvalidUsernameError,
  UnknownUserError,
  UserInputError,
  UsernameTakenError,
  UserRuleError,
  WeakPasswordError,
} from './users/user-errors';
/** The username, password and role rules, shared by the API, the CLI and start-up. */
export { assertPasswordPolicy, assertRole, assertValidUsername, isRole } from './users/user-rules';
/** User events, their streams (`user-<name>`), and redaction of hashes for readers of the raw log. */
export {
  asUserEvent,
  redactUserSecrets,
  userEventTypes,
  userStreamId,
  userStreamPrefix,
  type UserEvent,
  type UserPasswordChanged,
  type UserRegistered,
} from './users/user-events';
/** A user folded from their stream (with the hash; internal to auth and its tests). */
export { evolveUser, foldUser, type UserState } from './users/user-state';
/** argon2id password hashing behind a small interface. */
export { argon2idHasher, type PasswordHasher } from './passwords/password-hasher';
/** Random passwords for the first admin. */
export { generatePassword } from './passwords/generate-password';
/** In-memory sessions with a sliding 12 h idle timeout. */
export { SessionStore, sessionIdleTimeoutMs, type SessionStoreOptions } from './sessions/session-store';
/** The session cookie: parsing the Cookie header and writing Set-Cookie values. */
export {
  clearedSessionCookie,
  parseCookies,
  sessionCookie,
  sessionCookieName,
  sessionTokenFrom,
  type CookieSecurity,
} from './sessions/session-cookie';
/** Creates `admin` on a store without users. */
export { ensureFirstAdmin, firstAdminUsername, type FirstAdminResult } from './bootstrap/ensure-first-admin';
