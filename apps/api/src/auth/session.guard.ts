import type { Role } from '@goaltrail/contracts';
import { SessionStore, sessionTokenFrom } from '@goaltrail/auth';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from './auth-request';
import { IS_PUBLIC } from './public.decorator';
import { ROLES } from './roles.decorator';

/**
 * Runs before every route (APP_GUARD): routes are closed unless marked @Public(), so a new controller
 * cannot be left open by forgetting a decorator. Then checks @Roles() and hands the user to the route.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(SessionStore) private readonly sessions: SessionStore,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = sessionTokenFrom(request.headers.cookie);
    const user = token ? this.sessions.get(token) : null;
    if (!token || !user) throw new UnauthorizedException('Not logged in: sign in with POST /api/auth/login first.');
    request.user = user;
    request.sessionToken = token;
    const allowed = this.reflector.getAllAndOverride<readonly Role[] | undefined>(ROLES, targets);
    if (allowed && !allowed.includes(user.role)) {
      throw new ForbiddenException(`Only ${describeRoles(allowed)} may do this; you are signed in as ${user.role}.`);
    }
    return true;
  }
}

function describeRoles(roles: readonly Role[]): string {
  const names = roles.map((role) => `${role}s`);
  return names.length <= 1 ? (names[0] ?? 'nobody') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
