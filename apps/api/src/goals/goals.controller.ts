import { retireGoalSchema, rewordGoalSchema, type SessionUser } from '@goaltrail/contracts';
import {
  AmendPlanCommand,
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

  /**
   * New wording; `expectedRevision` is the wording revision the editor saw (409 if it moved on).
   * With `decisionRef` and `decidedOn` the change amends an adopted plan.
   */
  @Patch()
  @Roles('admin', 'planner')
  @ApiZodBody(rewordGoalSchema)
  async reword(
    @CurrentUser() user: SessionUser,
    @Param('goalId') goalId: string,
    @Body(new ValidateWith(rewordGoalSchema)) body: z.infer<typeof rewordGoalSchema>,
  ) {
    const { decisionRef, decidedOn, ...change } = body;
    const plan = await this.queries.execute(new ResolveGoalPlanQuery(goalId));
    const target = { committeeId: plan.committeeId, year: plan.year };
    const outcome = await this.commands.execute(
      decisionRef && decidedOn
        ? new AmendPlanCommand(user, { ...target, decisionRef, decidedOn, reason: change.reason, changes: [{ type: 'RewordGoal', goalId, ...change }] })
        : new RewordGoalCommand(user, { ...target, goalId, ...change }),
    );
    return answerAfterProjection(this.projections, outcome);
  }

  /** Takes the goal out of its newest plan, with the reason; with a decision, as an amendment. */
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
    const target = { committeeId: plan.committeeId, year: plan.year };
    const change = { type: 'RetireGoal' as const, goalId, reason: body.reason };
    const outcome = await this.commands.execute(
      body.decisionRef && body.decidedOn
        ? new AmendPlanCommand(user, { ...target, decisionRef: body.decisionRef, decidedOn: body.decidedOn, reason: body.reason, changes: [change] })
        : new RetireGoalCommand(user, { ...target, goalId, reason: body.reason }),
    );
    return answerAfterProjection(this.projections, outcome);
  }
}
