import {
  changePasswordRequestSchema,
  loginRequestSchema,
  type ChangePasswordRequest,
  type LoginRequest,
  type SessionUser,
} from '@goaltrail/contracts';
import { clearedSessionCookie, SessionStore, sessionCookie, sessionTokenFrom, UsersService } from '@goaltrail/auth';
import { Body, Controller, Get, Header, HttpCode, Inject, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiZodBody } from '../http/openapi';
import { RequestValidationError, ValidateWith } from '../http/request-validation';
import { actorOf, type AuthenticatedRequest } from './auth-request';
import { CurrentUser } from './current-user.decorator';
import { Public } from './public.decorator';
import { withUserErrors } from './user-errors.http';

/** Signing in and out, and who is signed in. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(SessionStore) private readonly sessions: SessionStore,
  ) {}

  /** 200 with the user and a session cookie; 401 with one message for any wrong name or password. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiZodBody(loginRequestSchema)
  async login(
    @Body(new ValidateWith(loginRequestSchema)) body: LoginRequest,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionUser> {
    const user = await this.users.verifyCredentials(body.username, body.password);
    if (!user) throw new UnauthorizedException('Wrong username or password.');
    // A session the browser brought along is replaced, never upgraded (no session fixation).
    const previous = sessionTokenFrom(request.headers.cookie);
    if (previous) this.sessions.delete(previous);
    response.setHeader('Set-Cookie', sessionCookie(this.sessions.create(user), { secure: request.secure }));
    return user;
  }

  /** 204; ends the session if there is one and tells the browser to drop the cookie either way. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): void {
    const token = sessionTokenFrom(request.headers.cookie);
    if (token) this.sessions.delete(token);
    response.setHeader('Set-Cookie', clearedSessionCookie({ secure: request.secure }));
  }

  /** The signed-in user. */
  @Get('me')
  @Header('Cache-Control', 'no-store')
  me(@CurrentUser() user: SessionUser): SessionUser {
    return user;
  }

  /** 204; the signed-in user replaces their own password and every other session of theirs ends. */
  @Post('password')
  @HttpCode(204)
  @ApiZodBody(changePasswordRequestSchema)
  async changePassword(
    @Body(new ValidateWith(changePasswordRequestSchema)) body: ChangePasswordRequest,
    @CurrentUser() user: SessionUser,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    if (!(await this.users.verifyCredentials(user.username, body.currentPassword))) {
      throw new RequestValidationError('body', [{ path: ['currentPassword'], message: 'is not your current password' }]);
    }
    await withUserErrors(() => this.users.changePassword(user.username, body.newPassword, actorOf(user)));
    this.sessions.revokeUser(user.username, request.sessionToken);
  }
}
