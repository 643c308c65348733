import {
  argon2idHasher,
  ensureFirstAdmin,
  UnknownUserError,
  UsernameTakenError,
  UsersService,
  WeakPasswordError,
  type PasswordHasher,
} from '@goaltrail/auth';
import { createEventStore, type EventStore, type RecordedEvent } from '@goaltrail/event-store';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const anna = { actor: 'anna', role: 'admin' };
const now = new Date('2026-03-01T10:00:00.000Z');

/** The real hasher, counting how often it verifies, to see that unknown users cost a verification too. */
function countingHasher() {
  const counts = { verify: 0 };
  const hasher: PasswordHasher = {
    hash: (password) => argon2idHasher.hash(password),
    verify: (hash, password) => {
      counts.verify += 1;
      return argon2idHasher.verify(hash, password);
    },
  };
  return { hasher, counts };
}

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe('UsersService on a real embedded store', () => {
  let store: EventStore;
  let users: UsersService;
  let counts: { verify: number };

  // One store for the whole block (opening PGlite costs more than the tests); each test uses its own names.
  beforeAll(async () => {
    store = await createEventStore({ kind: 'pglite' });
    const counting = countingHasher();
    counts = counting.counts;
    users = new UsersService(store, () => now, counting.hasher);
  });
  afterAll(() => store.close());

  it('records a registration in user-<name> with the creating admin, effective now, and an argon2id hash', async () => {
    const created = await users.register({ username: 'bertil', role: 'planner', password: 'korrekt häst batteri' }, anna);
    const [event] = await collect(store.readStream('user-bertil'));
    expect(event).toMatchObject({
      type: 'UserRegistered',
      data: { username: 'bertil', role: 'planner', passwordHash: expect.stringMatching(/^\$argon2id\$/) },
      metadata: { actor: 'anna', role: 'admin', effectiveAt: now.toISOString() },
    });
    expect(JSON.stringify(event)).not.toContain('korrekt häst batteri');
    expect(created).toEqual({ username: 'bertil', role: 'planner', registeredAt: event?.metadata.recordedAt });
  });

  it('checks credentials: the user for the right password, null for a wrong one or an unknown user', async () => {
    await users.register({ username: 'david', role: 'auditor', password: 'korrekt häst batteri' }, anna);
    expect(await users.verifyCredentials('david', 'korrekt häst batteri')).toEqual({ username: 'david', role: 'auditor' });
    expect(await users.verifyCredentials('david', 'fel lösenord')).toBeNull();
    const before = counts.verify;
    expect(await users.verifyCredentials('nobody', 'korrekt häst batteri')).toBeNull();
    expect(await users.verifyCredentials('Not A Name', 'x')).toBeNull();
    // Unknown names still cost one argon2 verification, so timing does not reveal which accounts exist.
    expect(counts.verify - before).toBe(2);
  });

  it('refuses a taken name and a weak password, writing nothing', async () => {
    const head = await store.headPosition();
    await expect(users.register({ username: 'bertil', role: 'admin', password: 'ett annat lösenord' }, anna)).rejects.toThrow(UsernameTakenError);
    await expect(users.register({ username: 'cecilia', role: 'planner', password: 'kort' }, anna)).rejects.toThrow(WeakPasswordError);
    await expect(users.register({ username: 'Cecilia', role: 'planner', password: 'korrekt häst batteri' }, anna)).rejects.toThrow(/Username must be/);
    expect(await store.headPosition()).toBe(head);
  });

  it('changes a password: the old one stops working, the new one works', async () => {
    await users.register({ username: 'erik', role: 'planner', password: 'korrekt häst batteri' }, anna);
    await users.changePassword('erik', 'ett nytt långt lösenord', anna);
    expect(await users.verifyCredentials('erik', 'korrekt häst batteri')).toBeNull();
    expect(await users.verifyCredentials('erik', 'ett nytt långt lösenord')).toMatchObject({ username: 'erik' });
    const events = await collect(store.readStream('user-erik'));
    expect(events.map((event) => event.type)).toEqual(['UserRegistered', 'UserPasswordChanged']);
    await expect(users.changePassword('nobody', 'ett nytt långt lösenord', anna)).rejects.toThrow(UnknownUserError);
  });
});

describe('UsersService on a fresh embedded store each time', () => {
  let store: EventStore;
  let users: UsersService;

  beforeEach(async () => {
    store = await createEventStore({ kind: 'pglite' });
    users = new UsersService(store, () => now);
  });
  afterEach(() => store.close());

  it('lists users by name without hashes, including users another process added', async () => {
    expect(await users.hasAnyUser()).toBe(false);
    await users.register({ username: 'cecilia', role: 'auditor', password: 'korrekt häst batteri' }, anna);
    expect(await users.list()).toHaveLength(1);
    // A second service on the same store stands in for the CLI or a second API process.
    await new UsersService(store).register({ username: 'bertil', role: 'planner', password: 'korrekt häst batteri' }, anna);
    const listed = await users.list();
    expect(listed.map((user) => [user.username, user.role])).toEqual([['bertil', 'planner'], ['cecilia', 'auditor']]);
    expect(JSON.stringify(listed)).not.toContain('argon2');
    expect(await users.hasAnyUser()).toBe(true);
  });

  it('creates the first admin once, by system:bootstrap, even when two processes start together', async () => {
    const results = await Promise.all([
      ensureFirstAdmin(users, 'första admin-lösenordet'),
      ensureFirstAdmin(new UsersService(store), 'första admin-lösenordet'),
    ]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await ensureFirstAdmin(users)).toEqual({ created: false });
    const events = await collect(store.readAll());
    expect(events).toHaveLength(1);
    expect(events[0]?.metadata).toMatchObject({ actor: 'system:bootstrap', role: 'system' });
    expect(await users.verifyCredentials('admin', 'första admin-lösenordet')).toEqual({ username: 'admin', role: 'admin' });
  });

  it('generates the first admin password when none is configured, and refuses a weak configured one', async () => {
    await expect(ensureFirstAdmin(users, 'short')).rejects.toMatchObject({ path: ['GOALTRAIL_ADMIN_PASSWORD'] });
    expect(await store.headPosition()).toBeNull();
    const result = await ensureFirstAdmin(users);
    if (!result.created) throw new Error('expected the admin to be created');
    expect(result.generated).toBe(true);
    expect(await users.verifyCredentials('admin', result.password)).toMatchObject({ role: 'admin' });
  });
});
