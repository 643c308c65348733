import type { SessionUser } from '@goaltrail/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './auth-request';

/**
 * The signed-in user, `{ username, role }`, as a handler parameter: `me(@CurrentUser() user: SessionUser)`.
 * Only on routes the session guard checked; on a @Public() route there is no user, which is a bug.
 */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SessionUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('@CurrentUser() was used on a route without a session (is it @Public()?)');
  return user;
});
