import type { SessionUser } from '@goaltrail/contracts';
import { randomBytes } from 'node:crypto';

/** A session ends after this long without a request. */
export const sessionIdleTimeoutMs = 12 * 60 * 60 * 1000;

/** Settings of a SessionStore; tests pass a fake clock. */
export interface SessionStoreOptions {
  /** Milliseconds clock. */
  now?: () => number;
  idleTimeoutMs?: number;
}

interface Session {
  user: SessionUser;
  expiresAt: number;
}

// Expired sessions are also dropped when read; the sweep only bounds memory for tokens never used again.
const sweepEveryMs = 10 * 60 * 1000;

/**
 * Sessions of one API process, in memory. They do not survive a restart (everyone logs in again) and
 * are not shared between API processes; that is the price of keeping secrets out of the event log,
 * which is append-only and readable by auditors.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly now: () => number;
  private readonly idleTimeoutMs: number;
  private lastSweep: number;

  constructor(options: SessionStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.idleTimeoutMs = options.idleTimeoutMs ?? sessionIdleTimeoutMs;
    this.lastSweep = this.now();
  }

  /** Starts a session and returns its token: 32 random bytes, base64url. */
  create(user: SessionUser): string {
    this.sweepNowAndThen();
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { user: { username: user.username, role: user.role }, expiresAt: this.now() + this.idleTimeoutMs });
    return token;
  }

  /** The session's user, or null when the token is unknown or expired; a hit extends the session. */
  get(token: string): SessionUser | null {
    const session = this.sessions.get(token);
    if (!session) return null;
    const now = this.now();
    if (now >= session.expiresAt) {
      this.sessions.delete(token);
      return null;
    }
    session.expiresAt = now + this.idleTimeoutMs;
    return { ...session.user };
  }

  /** Ends one session (logout). */
  delete(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends every session of a user except `keepToken`, e.g. after a password change; returns how many. */
  revokeUser(username: string, keepToken?: string): number {
    let revoked = 0;
    for (const [token, session] of this.sessions) {
      if (session.user.username === username && token !== keepToken) {
        this.sessions.delete(token);
        revoked += 1;
      }
    }
    return revoked;
  }

  /** Live sessions, expired ones not yet swept included. */
  get size(): number {
    return this.sessions.size;
  }

  private sweepNowAndThen(): void {
    const now = this.now();
    if (now - this.lastSweep < sweepEveryMs) return;
    this.lastSweep = now;
    for (const [token, session] of this.sessions) if (now >= session.expiresAt) this.sessions.delete(token);
  }
}
