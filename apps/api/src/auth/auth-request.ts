import type { SessionUser } from '@goaltrail/contracts';
import type { EventActor } from '@goaltrail/auth';
import type { Request } from 'express';

/** A request after the session guard: `user` and `sessionToken` are set on every non-public route. */
export interface AuthenticatedRequest extends Request {
  user?: SessionUser;
  sessionToken?: string;
}

/**
 * The actor and role to write into event metadata. They come from the session only, never from a
 * request body, so nobody can record a change in someone else's name.
 */
export function actorOf(user: SessionUser): EventActor {
  return { actor: user.username, role: user.role };
}
