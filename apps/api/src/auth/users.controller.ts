import { createUserRequestSchema, type CreateUserRequest, type SessionUser, type UserSummary } from '@goaltrail/contracts';
import { UsersService } from '@goaltrail/auth';
import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodBody } from '../http/openapi';
import { ValidateWith } from '../http/request-validation';
import { actorOf } from './auth-request';
import { CurrentUser } from './current-user.decorator';
import { Roles } from './roles.decorator';
import { withUserErrors } from './user-errors.http';

/** User accounts: admins create them; admins and auditors may see who has access. */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  /** Every user with role and registration time; never a password hash. */
  @Get()
  @Roles('admin', 'auditor')
  list(): Promise<UserSummary[]> {
    return this.users.list();
  }

  /** 201 with the new user; 400 with field paths, 409 for a taken name; nothing is written on failure. */
  @Post()
  @Roles('admin')
  @ApiZodBody(createUserRequestSchema)
  create(
    @Body(new ValidateWith(createUserRequestSchema)) body: CreateUserRequest,
    @CurrentUser() admin: SessionUser,
  ): Promise<UserSummary> {
    return withUserErrors(() => this.users.register(body, actorOf(admin)));
  }
}
