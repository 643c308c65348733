import { createCommitteeSchema, type SessionUser } from '@goaltrail/contracts';
import {
  GetCommitteesQuery,
  ProjectionRunner,
  RegisterCommitteeCommand,
} from '@goaltrail/goals-application';
import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiZodBody } from '../http/openapi';
import { ValidateWith } from '../http/request-validation';
import { answerAfterProjection } from './write-outcome';

@ApiTags('committees')
@Controller('committees')
export class CommitteesController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
  ) {}

  /** Every committee (nämnd). */
  @Get()
  list() {
    return this.queries.execute(new GetCommitteesQuery());
  }

  /** Registers a committee; admins manage committees. */
  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiZodBody(createCommitteeSchema)
  async create(
    @CurrentUser() user: SessionUser,
    @Body(new ValidateWith(createCommitteeSchema)) body: z.infer<typeof createCommitteeSchema>,
  ) {
    const outcome = await this.commands.execute(
      new RegisterCommitteeCommand(user, { committeeId: body.committeeId, name: body.name, municipality: body.municipality ?? null }),
    );
    return answerAfterProjection(this.projections, outcome);
  }
}
