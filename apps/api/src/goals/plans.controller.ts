import {
  addFocusAreaSchema,
  addGoalSchema,
  adoptPlanSchema,
  draftPlanSchema,
  planReadQuerySchema,
  yearSchema,
  type SessionUser,
} from '@goaltrail/contracts';
import {
  AddFocusAreaCommand,
  AddGoalCommand,
  AdoptPlanCommand,
  DraftPlanCommand,
  GetPlanQuery,
  GetPlansQuery,
  ProjectionRunner,
} from '@goaltrail/goals-application';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiZodBody, ApiZodQuery } from '../http/openapi';
import { ValidateWith } from '../http/request-validation';
import { answerAfterProjection } from './write-outcome';

const year = new ValidateWith(yearSchema, 'path');

@ApiTags('plans')
@Controller('committees/:committeeId/plans')
export class PlansController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
  ) {}

  /** The committee's plans: year and status (draft, adopted, amended). */
  @Get()
  list(@Param('committeeId') committeeId: string) {
    return this.queries.execute(new GetPlansQuery(committeeId));
  }

  /** One plan; `asOf` gives it as recorded at that time, `effectiveAt` as in effect on that date. */
  @Get(':year')
  @ApiZodQuery(planReadQuerySchema)
  get(
    @Param('committeeId') committeeId: string,
    @Param('year', year) planYear: number,
    @Query(new ValidateWith(planReadQuerySchema, 'query')) times: z.infer<typeof planReadQuerySchema>,
  ) {
    return this.queries.execute(new GetPlanQuery(committeeId, planYear, times));
  }

  /** Starts a draft, carrying `fromYear` forward when given. */
  @Post(':year')
  @HttpCode(201)
  @Roles('admin', 'planner')
  @ApiZodBody(draftPlanSchema)
  async draft(
    @CurrentUser() user: SessionUser,
    @Param('committeeId') committeeId: string,
    @Param('year', year) planYear: number,
    @Body(new ValidateWith(draftPlanSchema)) body: z.infer<typeof draftPlanSchema>,
  ) {
    const outcome = await this.commands.execute(new DraftPlanCommand(user, { committeeId, year: planYear, fromYear: body.fromYear ?? null }));
    return answerAfterProjection(this.projections, outcome);
  }

  /** Adopts the draft by a committee decision. */
  @Post(':year/adopt')
  @HttpCode(200)
  @Roles('admin', 'planner')
  @ApiZodBody(adoptPlanSchema)
  async adopt(
    @CurrentUser() user: SessionUser,
    @Param('committeeId') committeeId: string,
    @Param('year', year) planYear: number,
    @Body(new ValidateWith(adoptPlanSchema)) body: z.infer<typeof adoptPlanSchema>,
  ) {
    const outcome = await this.commands.execute(new AdoptPlanCommand(user, { committeeId, year: planYear, ...body }));
    return answerAfterProjection(this.projections, outcome);
  }

  /** Adds a goal to the draft; the answer carries the new goal's id. */
  @Post(':year/goals')
  @HttpCode(201)
  @Roles('admin', 'planner')
  @ApiZodBody(addGoalSchema)
  async addGoal(
    @CurrentUser() user: SessionUser,
    @Param('committeeId') committeeId: string,
    @Param('year', year) planYear: number,
    @Body(new ValidateWith(addGoalSchema)) body: z.infer<typeof addGoalSchema>,
  ) {
    const outcome = await this.commands.execute(new AddGoalCommand(user, { committeeId, year: planYear, ...body }));
    return { ...(await answerAfterProjection(this.projections, outcome)), goalId: outcome.goalId };
  }

  /** Adds a council focus area (strategiskt inriktningsområde) to the draft. */
  @Post(':year/focus-areas')
  @HttpCode(201)
  @Roles('admin', 'planner')
  @ApiZodBody(addFocusAreaSchema)
  async addFocusArea(
    @CurrentUser() user: SessionUser,
    @Param('committeeId') committeeId: string,
    @Param('year', year) planYear: number,
    @Body(new ValidateWith(addFocusAreaSchema)) body: z.infer<typeof addFocusAreaSchema>,
  ) {
    const outcome = await this.commands.execute(new AddFocusAreaCommand(user, { committeeId, year: planYear, ...body }));
    return { ...(await answerAfterProjection(this.projections, outcome)), focusAreaId: outcome.focusAreaId };
  }
}
