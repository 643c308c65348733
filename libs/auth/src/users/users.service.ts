import { usernamePattern, type SessionUser, type UserSummary } from '@goaltrail/contracts';
import { WrongExpectedRevisionError, type EventStore, type RecordedEvent } from '@goaltrail/event-store-port';
import { randomUUID } from 'node:crypto';
import { argon2idHasher, type PasswordHasher } from '../passwords/password-hasher';
import { decideChangeUserPassword, decideRegisterUser, type EventActor } from './user-decide';
import { UserDirectory } from './user-directory';
import { userStreamId } from './user-events';
import { UsernameTakenError } from './user-errors';
import { assertPasswordPolicy, assertRole, assertValidUsername } from './user-rules';
import { foldUser, type UserState } from './user-state';

/** Where the current time comes from; tests pass a fixed one. */
export type Clock = () => Date;

/** What it takes to register a user. */
export interface NewUser {
  username: string;
  role: string;
  password: string;
}

/**
 * Users as events in the one event store, whatever its backend. Framework-free, so the API and the
 * CLI share it. Single users are read from their own stream, which is always current and cheap;
 * the list comes from an in-memory directory that catches up with the store on every call.
 */
export class UsersService {
  private readonly directory: UserDirectory;
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock = () => new Date(),
    private readonly hasher: PasswordHasher = argon2idHasher,
  ) {
    this.directory = new UserDirectory(store);
  }

  /** Registers a user; throws InvalidUsernameError, InvalidRoleError, WeakPasswordError or UsernameTakenError. */
  async register(user: NewUser, by: EventActor): Promise<UserSummary> {
    // The cheap rules first, so a bad request never costs a hash.
    assertValidUsername(user.username);
    assertRole(user.role);
    assertPasswordPolicy(user.password);
    const state = await this.load(user.username);
    const passwordHash = await this.hasher.hash(user.password);
    const event = decideRegisterUser(state, { ...user, passwordHash, ...this.envelope(by) });
    try {
      await this.store.appendToStream(userStreamId(user.username), [event], { expectedRevision: 'no_stream' });
    } catch (error) {
      // Someone registered the same name between our read and our append.
      if (error instanceof WrongExpectedRevisionError) throw new UsernameTakenError(user.username);
      throw error;
    }
    // Read back, so registeredAt is the store's own recordedAt.
    const registered = await this.load(user.username);
    return registered ? summary(registered) : { username: user.username, role: event.data.role, registeredAt: event.metadata.effectiveAt };
  }

  /** Replaces a user's password; throws WeakPasswordError or UnknownUserError. */
  async changePassword(username: string, password: string, by: EventActor): Promise<void> {
    assertPasswordPolicy(password);
    const state = await this.load(username);
    const event = decideChangeUserPassword(state, { username, passwordHash: await this.hasher.hash(password), ...this.envelope(by) });
    // state is non-null here: decide refused otherwise.
    await this.store.appendToStream(userStreamId(username), [event], { expectedRevision: state?.revision ?? 'no_stream' });
  }

  /**
   * The user when the password is right, otherwise null — the same answer, after about the same
   * time, for an unknown user and a wrong password, so neither reveals which accounts exist.
   */
  async verifyCredentials(username: string, password: string): Promise<SessionUser | null> {
    const state = await this.load(username);
    if (!state) {
      await this.hasher.verify(await this.dummy(), password);
      return null;
    }
    return (await this.hasher.verify(state.passwordHash, password)) ? { username: state.username, role: state.role } : null;
  }

  /** One user without the hash, or null. */
  async find(username: string): Promise<UserSummary | null> {
    const state = await this.load(username);
    return state && summary(state);
  }

  /** Every user, by name; hashes never leave this class. */
  async list(): Promise<UserSummary[]> {
    await this.directory.refresh();
    return this.directory
      .all()
      .map(summary)
      .sort((a, b) => a.username.localeCompare(b.username));
  }

  /** Whether any user exists: false only on a store nobody has used yet. */
  async hasAnyUser(): Promise<boolean> {
    await this.directory.refresh();
    return this.directory.size > 0;
  }

  private async load(username: string): Promise<UserState | null> {
    // Names that break the rule cannot have a stream; skipping the read also keeps odd input away from the store.
    if (!usernamePattern.test(username)) return null;
    const events: RecordedEvent[] = [];
    for await (const event of this.store.readStream(userStreamId(username))) events.push(event);
    return foldUser(events);
  }

  private envelope(by: EventActor) {
    return { eventId: randomUUID(), at: this.clock().toISOString(), by };
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.hasher.hash(randomUUID());
    return this.dummyHash;
  }
}

function summary(state: UserState): UserSummary {
  return { username: state.username, role: state.role, registeredAt: state.registeredAt };
}
