import { linkGoalsSchema, yearRangeQuerySchema, type SessionUser } from '@goaltrail/contracts';
import {
  GetLineageQuery,
  GetPlanDiffQuery,
  LinkGoalsCommand,
  ProjectionRunner,
  ResolveLinkYearsQuery,
} from '@goaltrail/goals-application';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiZodBody } from '../http/openapi';
import { ValidateWith } from '../http/request-validation';
import { answerAfterProjection } from './write-outcome';

const yearRange = new ValidateWith(yearRangeQuerySchema, 'query');

/** How goals of one year became goals of another: links, diffs and the flow between years. */
@ApiTags('lineage')
@Controller()
export class LineageController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
  ) {}

  /** Records a lineage link (continues, reworded, split, merged, replaced, retired) with its rationale. */
  @Post('lineage')
  @HttpCode(201)
  @Roles('admin', 'planner')
  @ApiZodBody(linkGoalsSchema)
  async link(@CurrentUser() user: SessionUser, @Body(new ValidateWith(linkGoalsSchema)) body: z.infer<typeof linkGoalsSchema>) {
    const years = await this.queries.execute(new ResolveLinkYearsQuery(body.fromGoalId, body.toGoalId, body.fromYear, body.toYear));
    const outcome = await this.commands.execute(
      new LinkGoalsCommand(user, {
        committeeId: years.committeeId,
        fromYear: years.fromYear,
        toYear: years.toYear,
        fromGoalId: body.fromGoalId,
        toGoalId: body.toGoalId,
        relation: body.relation,
        rationale: body.rationale,
      }),
    );
    return answerAfterProjection(this.projections, outcome);
  }

  /** Year-to-year diff: added, retired, reworded (word by word), moved, unchanged. */
  @Get('committees/:committeeId/diff')
  diff(@Param('committeeId') committeeId: string, @Query(yearRange) range: z.infer<typeof yearRangeQuerySchema>) {
    return this.queries.execute(new GetPlanDiffQuery(committeeId, range.from, range.to));
  }

  /** Nodes and links between two years, for a flow diagram. */
  @Get('committees/:committeeId/lineage')
  lineage(@Param('committeeId') committeeId: string, @Query(yearRange) range: z.infer<typeof yearRangeQuerySchema>) {
    return this.queries.execute(new GetLineageQuery(committeeId, range.from, range.to));
  }
}
