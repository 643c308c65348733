import { yearSchema } from '@goaltrail/contracts';
import { GetCommitteeFollowUpQuery } from '@goaltrail/indicators-application';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ValidateWith } from '../http/request-validation';

/** Uppföljning: how a committee's goals for a year stand, from the indicators linked to them. */
@ApiTags('follow-up')
@Controller('committees/:committeeId/follow-up')
export class FollowUpController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  /** Each goal of the plan with its colour (green, yellow, red, grey) and the rules with the numbers behind it. */
  @Get(':year')
  followUp(@Param('committeeId') committeeId: string, @Param('year', new ValidateWith(yearSchema, 'path')) year: number) {
    return this.queries.execute(new GetCommitteeFollowUpQuery(committeeId, year));
  }
}
