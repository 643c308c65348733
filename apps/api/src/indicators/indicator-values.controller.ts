import { recordMeasurementSchema, seriesQuerySchema, setTargetSchema, type SessionUser } from '@goaltrail/contracts';
import {
  GetIndicatorSeriesQuery,
  IndicatorsProjectionRunner,
  RecordMeasurementCommand,
  SetTargetCommand,
} from '@goaltrail/indicators-application';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiZodBody, ApiZodQuery } from '../http/openapi';
import { ValidateWith } from '../http/request-validation';
import { answerAfterIndicatorProjection } from './indicator-write-answer';

/**
 * An indicator's targets (målvärden) and outcomes (utfall), and its series. A value is checked against the
 * indicator (unit, 0–100 for percent, period) and refused with 400 and field paths; a repeat of what the
 * indicator holds writes nothing and answers 200, a new value or a correction 201.
 */
@ApiTags('indicators')
@Controller('indicators/:indicatorId')
export class IndicatorValuesController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(IndicatorsProjectionRunner) private readonly projections: IndicatorsProjectionRunner,
  ) {}

  /** Targets and outcomes per period from `from` to `to` (years), flagged where the definition changed between them. */
  @Get('series')
  @ApiZodQuery(seriesQuerySchema)
  series(
    @Param('indicatorId') indicatorId: string,
    @Query(new ValidateWith(seriesQuerySchema, 'query')) query: z.infer<typeof seriesQuerySchema>,
  ) {
    return this.queries.execute(new GetIndicatorSeriesQuery(indicatorId, query));
  }

  /** Sets a year's target; a year that has one is revised, which needs `reason`. */
  @Post('targets')
  @HttpCode(201)
  @Roles('admin', 'planner')
  @ApiZodBody(setTargetSchema)
  async setTarget(
    @CurrentUser() user: SessionUser,
    @Param('indicatorId') indicatorId: string,
    @Body(new ValidateWith(setTargetSchema)) body: z.infer<typeof setTargetSchema>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new SetTargetCommand(user, { indicatorId, ...body }));
    return answerAfterIndicatorProjection(this.projections, outcome, response);
  }

  /** Records a period's outcome; a period that has one is corrected, which needs `reason`. */
  @Post('measurements')
  @HttpCode(201)
  @Roles('admin', 'planner')
  @ApiZodBody(recordMeasurementSchema)
  async record(
    @CurrentUser() user: SessionUser,
    @Param('indicatorId') indicatorId: string,
    @Body(new ValidateWith(recordMeasurementSchema)) body: z.infer<typeof recordMeasurementSchema>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new RecordMeasurementCommand(user, { indicatorId, ...body }));
    return answerAfterIndicatorProjection(this.projections, outcome, response);
  }
}
