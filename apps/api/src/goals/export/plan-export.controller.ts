import { planExportQuerySchema, yearSchema } from '@goaltrail/contracts';
import { GetCommitteesQuery, GetPlanQuery } from '@goaltrail/goals-application';
import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import { ApiZodQuery } from '../../http/openapi';
import { ValidateWith } from '../../http/request-validation';
import { planToCsv, planToMarkdown } from './plan-export';

/** A plan as a document to download: Markdown to read, CSV for a spreadsheet. */
@ApiTags('plans')
@Controller('committees/:committeeId/plans/:year/export')
export class PlanExportController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get()
  @ApiZodQuery(planExportQuerySchema)
  async export(
    @Param('committeeId') committeeId: string,
    @Param('year', new ValidateWith(yearSchema, 'path')) year: number,
    @Query(new ValidateWith(planExportQuerySchema, 'query')) query: z.infer<typeof planExportQuerySchema>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const plan = await this.queries.execute(new GetPlanQuery(committeeId, year, { asOf: query.asOf ?? null }));
    const committees = await this.queries.execute(new GetCommitteesQuery());
    const name = committees.find((committee) => committee.committeeId === committeeId)?.name ?? committeeId;
    const fileName = `${committeeId}-${year}.${query.format}`;
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.type(query.format === 'csv' ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8');
    return query.format === 'csv' ? planToCsv(plan) : planToMarkdown(plan, name);
  }
}
