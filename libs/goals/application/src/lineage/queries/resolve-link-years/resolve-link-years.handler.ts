import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { LineageYearOrderError, UnknownGoalError, UnknownPlanError } from '@goaltrail/goals-domain';
import { GoalsReadModel } from '../../../read-model/goals-read-model';
import { ResolveLinkYearsQuery, type LinkYears } from './resolve-link-years.query';

/** Fills what the request left out from the goal index; LinkGoals itself re-checks everything. */
@QueryHandler(ResolveLinkYearsQuery)
export class ResolveLinkYearsHandler implements IQueryHandler<ResolveLinkYearsQuery> {
  constructor(@Inject(GoalsReadModel) private readonly model: GoalsReadModel) {}

  async execute(query: ResolveLinkYearsQuery): Promise<LinkYears> {
    const fromYears = this.heldYears(query.fromGoalId);
    const toYears = query.toGoalId === null ? null : this.heldYears(query.toGoalId);
    const committeeId = (toYears ?? fromYears).committeeId;
    const toYear = query.toYear ?? (toYears ? Math.min(...toYears.years) : null);
    const earlier = fromYears.years.filter((year) => toYear === null || year < toYear);
    const fromYear = query.fromYear ?? (earlier.length > 0 ? Math.max(...earlier) : null);
    if (fromYear === null) throw new LineageYearOrderError(Math.max(...fromYears.years), toYear ?? 0);
    if (toYear !== null) return { committeeId, fromYear, toYear };
    const next = this.model.plans(committeeId).find((plan) => plan.year > fromYear);
    if (!next) throw new UnknownPlanError(committeeId, fromYear + 1);
    return { committeeId, fromYear, toYear: next.year };
  }

  private heldYears(goalId: string): { committeeId: string; years: number[] } {
    const held = this.model.goalPlans(goalId).filter((ref) => ref.held);
    const first = held[0];
    if (!first) throw new UnknownGoalError(goalId);
    return { committeeId: first.committeeId, years: held.map((ref) => ref.year) };
  }
}
