import { retireGoalSchema, rewordGoalSchema, type SessionUser } from '@goaltrail/contracts';
import {
  GetGoalHistoryQuery,
  ProjectionRunner,
  ResolveGoalPlanQuery,
  RetireGoalCommand,
  RewordGoalCommand,
} from '@goaltrail/goals-application';
import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiZodBody } from '../http/openapi';
import { ValidateWith } from '../http/request-validation';
import { answerAfterProjection } from './write-outcome';

/** A goal across years. Edits go to the newest plan that holds the goal. */
@ApiTags('goals')
@Controller('goals/:goalId')
export class GoalsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
  ) {}

  /** Every wording with who, role, why, decision and both clocks; ancestors and descendants. */
  @Get('history')
  history(@Param('goalId') goalId: string) {
    return this.queries.execute(new GetGoalHistoryQuery(goalId));
  }

  /** New wording; `expectedRevision` is the wording revision the editor saw (409 if it moved on). */
  @Patch()
  @Roles('admin', 'planner')
  @ApiZodBody(rewordGoalSchema)
  async reword(
    @CurrentUser() user: SessionUser,
    @Param('goalId') goalId: string,
    @Body(new ValidateWith(rewordGoalSchema)) body: z.infer<typeof rewordGoalSchema>,
  ) {
    const plan = await this.queries.execute(new ResolveGoalPlanQuery(goalId));
    const outcome = await this.commands.execute(
      new RewordGoalCommand(user, { committeeId: plan.committeeId, year: plan.year, goalId, ...body }),
    );
    return answerAfterProjection(this.projections, outcome);
  }

  /** Takes the goal out of its newest plan, with the reason. */
  @Post('retire')
  @HttpCode(200)
  @Roles('admin', 'planner')
  @ApiZodBody(retireGoalSchema)
  async retire(
    @CurrentUser() user: SessionUser,
    @Param('goalId') goalId: string,
    @Body(new ValidateWith(retireGoalSchema)) body: z.infer<typeof retireGoalSchema>,
  ) {
    const plan = await this.queries.execute(new ResolveGoalPlanQuery(goalId));
    const outcome = await this.commands.execute(
      new RetireGoalCommand(user, { committeeId: plan.committeeId, year: plan.year, goalId, reason: body.reason }),
    );
    return answerAfterProjection(this.projections, outcome);
  }
}
