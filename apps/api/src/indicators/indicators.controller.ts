import {
  changeIndicatorSchema,
  defineIndicatorSchema,
  definitionFieldNames,
  linkIndicatorToGoalSchema,
  unlinkIndicatorQuerySchema,
  type SessionUser,
} from '@goaltrail/contracts';
import {
  ChangeIndicatorCommand,
  DefineIndicatorCommand,
  GetIndicatorQuery,
  IndicatorsProjectionRunner,
  LinkIndicatorToGoalCommand,
  ListIndicatorsQuery,
  UnlinkIndicatorFromGoalCommand,
  type ChangeIndicatorInput,
} from '@goaltrail/indicators-application';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiZodBody, ApiZodQuery } from '../http/openapi';
import { ValidateWith } from '../http/request-validation';
import { answerAfterIndicatorProjection } from './indicator-write-answer';

/** Indicators (nyckeltal): definitions and their versions, and the goals they follow up. Admins change them. */
@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(IndicatorsProjectionRunner) private readonly projections: IndicatorsProjectionRunner,
  ) {}

  /** Every indicator with its current definition version, unit, Kolada id and linked goals. */
  @Get()
  list() {
    return this.queries.execute(new ListIndicatorsQuery());
  }

  /** Defines an indicator at definition version 1; the id is made when the body has none. */
  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiZodBody(defineIndicatorSchema)
  async define(
    @CurrentUser() user: SessionUser,
    @Body(new ValidateWith(defineIndicatorSchema)) body: z.infer<typeof defineIndicatorSchema>,
  ) {
    const outcome = await this.commands.execute(new DefineIndicatorCommand(user, body));
    return answerAfterIndicatorProjection(this.projections, outcome);
  }

  /** One indicator: every definition version, every target and outcome with their correction histories. */
  @Get(':indicatorId')
  get(@Param('indicatorId') indicatorId: string) {
    return this.queries.execute(new GetIndicatorQuery(indicatorId));
  }

  /** Renames, sets the tolerance and/or changes the definition (a new version, with `reason`), in one write. */
  @Patch(':indicatorId')
  @Roles('admin')
  @ApiZodBody(changeIndicatorSchema)
  async change(
    @CurrentUser() user: SessionUser,
    @Param('indicatorId') indicatorId: string,
    @Body(new ValidateWith(changeIndicatorSchema)) body: z.infer<typeof changeIndicatorSchema>,
  ) {
    const outcome = await this.commands.execute(new ChangeIndicatorCommand(user, changeInput(indicatorId, body)));
    return answerAfterIndicatorProjection(this.projections, outcome);
  }

  /** Links the indicator to a goal it follows up (404 for an unknown goal). */
  @Post(':indicatorId/goals')
  @HttpCode(201)
  @Roles('admin')
  @ApiZodBody(linkIndicatorToGoalSchema)
  async link(
    @CurrentUser() user: SessionUser,
    @Param('indicatorId') indicatorId: string,
    @Body(new ValidateWith(linkIndicatorToGoalSchema)) body: z.infer<typeof linkIndicatorToGoalSchema>,
  ) {
    const outcome = await this.commands.execute(new LinkIndicatorToGoalCommand(user, { indicatorId, goalId: body.goalId }));
    return answerAfterIndicatorProjection(this.projections, outcome);
  }

  /** Withdraws the link to a goal, optionally with `?reason=`. */
  @Delete(':indicatorId/goals/:goalId')
  @Roles('admin')
  @ApiZodQuery(unlinkIndicatorQuerySchema)
  async unlink(
    @CurrentUser() user: SessionUser,
    @Param('indicatorId') indicatorId: string,
    @Param('goalId') goalId: string,
    @Query(new ValidateWith(unlinkIndicatorQuerySchema, 'query')) query: z.infer<typeof unlinkIndicatorQuerySchema>,
  ) {
    const outcome = await this.commands.execute(new UnlinkIndicatorFromGoalCommand(user, { indicatorId, goalId, reason: query.reason ?? null }));
    return answerAfterIndicatorProjection(this.projections, outcome);
  }
}

/** The body split into what keeps the definition version (name, tolerance) and what makes a new one. */
function changeInput(indicatorId: string, body: z.infer<typeof changeIndicatorSchema>): ChangeIndicatorInput {
  const { name, tolerance, reason, ...fields } = body;
  const changesDefinition = definitionFieldNames.some((field) => fields[field] !== undefined);
  return {
    indicatorId,
    ...(name === undefined ? {} : { name }),
    ...(tolerance === undefined ? {} : { tolerance }),
    ...(changesDefinition ? { definition: { ...fields, reason: reason ?? '' } } : {}),
  };
}
