import { describe, expect, it } from 'vitest';
import { SessionStore, sessionIdleTimeoutMs } from './session-store';

const hour = 60 * 60 * 1000;
const anna = { username: 'anna', role: 'planner' } as const;

function storeWithClock() {
  const clock = { now: 1_000_000 };
  return { clock, sessions: new SessionStore({ now: () => clock.now }) };
}

describe('SessionStore', () => {
  it('hands out 32-byte base64url tokens that find the user', () => {
    const { sessions } = storeWithClock();
    const token = sessions.create(anna);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessions.get(token)).toEqual(anna);
    expect(sessions.create(anna)).not.toBe(token);
  });

  it('knows nothing of a token it did not issue', () => {
    expect(storeWithClock().sessions.get('forged')).toBeNull();
  });

  it('ends a session after 12 hours without a request', () => {
    const { clock, sessions } = storeWithClock();
    const token = sessions.create(anna);
    clock.now += sessionIdleTimeoutMs - 1;
    expect(sessions.get(token)).toEqual(anna);
    clock.now += sessionIdleTimeoutMs;
    expect(sessions.get(token)).toBeNull();
    expect(sessions.size).toBe(0);
  });

  it('slides the expiry with every request', () => {
    const { clock, sessions } = storeWithClock();
    const token = sessions.create(anna);
    for (let i = 0; i < 5; i += 1) {
      clock.now += 11 * hour;
      expect(sessions.get(token)).toEqual(anna);
    }
  });

  it('forgets a session at logout', () => {
    const { sessions } = storeWithClock();
    const token = sessions.create(anna);
    sessions.delete(token);
    expect(sessions.get(token)).toBeNull();
  });

  it('revokes every other session of one user', () => {
    const { sessions } = storeWithClock();
    const [kept, other] = [sessions.create(anna), sessions.create(anna)];
    const bertil = sessions.create({ username: 'bertil', role: 'auditor' });
    expect(sessions.revokeUser('anna', kept)).toBe(1);
    expect([sessions.get(kept), sessions.get(other), sessions.get(bertil)?.username]).toEqual([anna, null, 'bertil']);
  });

  it('sweeps expired sessions nobody asks for again', () => {
    const { clock, sessions } = storeWithClock();
    sessions.create(anna);
    sessions.create(anna);
    clock.now += 13 * hour;
    sessions.create(anna);
    expect(sessions.size).toBe(1);
  });

  it('hands out copies, so a caller cannot change a session', () => {
    const { sessions } = storeWithClock();
    const token = sessions.create({ ...anna });
    const user = sessions.get(token);
    if (user) user.role = 'admin';
    expect(sessions.get(token)?.role).toBe('planner');
  });
});
