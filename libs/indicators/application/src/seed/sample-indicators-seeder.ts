import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@goaltrail/event-store-port';
import { EVENT_STORE_PORT, readWholeStream, seedActor } from '@goaltrail/goals-application';
import { foldPlan, streamIds, type PlanGoal, type PlanState } from '@goaltrail/goals-domain';
import type { IndicatorCommand } from '@goaltrail/indicators-domain';
import { IndicatorCommandExecutor } from '../write/indicator-command-executor';
import { sampleIndicators, type SampleIndicator } from './sample-indicators';

/** The file the sample indicators come from, recorded as the events' source. */
export const sampleIndicatorsFile = 'socialnamnden-indicators.json';

/** What the indicator seed recorded. */
export interface IndicatorSeedSummary {
  readonly indicators: number;
  readonly targets: number;
  readonly events: number;
}

/**
 * Gives the seeded plan's measurable goals their indicators: each with the goal's own "(Mäts genom …)"
 * method, linked to the goal, and the targets the document states (75 % for effect goal 1). Recorded by
 * `system:seed` as of the plan's year. Runs only on a store without indicators, after the goals seed.
 */
@Injectable()
export class SampleIndicatorsSeeder {
  constructor(
    @Inject(EVENT_STORE_PORT) private readonly store: EventStore,
    @Inject(IndicatorCommandExecutor) private readonly executor: IndicatorCommandExecutor,
  ) {}

  /** Seeds and says what it recorded; null when indicators exist or the sample plan is not in the store. */
  async seedIfEmpty(): Promise<IndicatorSeedSummary | null> {
    for await (const _event of this.store.readAll({ streamPrefix: 'indicator-', maxCount: 1 })) return null;
    const sample = sampleIndicators();
    const plan = foldPlan(await readWholeStream(this.store, streamIds.plan(sample.committeeId, sample.year)));
    if (!plan) return null;
    const options = {
      correlationId: randomUUID(),
      effectiveAt: `${sample.year}-01-01`,
      extra: { source: { fileName: sampleIndicatorsFile } },
    };
    let events = 0;
    for (const indicator of sample.indicators) {
      const outcome = await this.executor.executeAll(commandsFor(indicator, goalOf(plan, indicator), plan.committeeId), seedActor, options);
      events += outcome.events.length;
    }
    const targets = sample.indicators.filter((indicator) => indicator.target !== undefined).length;
    return { indicators: sample.indicators.length, targets, events };
  }
}

function goalOf(plan: PlanState, indicator: SampleIndicator): PlanGoal & { measurementMethod: string } {
  const { kind, number } = indicator.goal;
  const goal = plan.goals.find((candidate) => candidate.kind === kind && candidate.number === number && candidate.focusAreaId === null);
  const where = `${sampleIndicatorsFile}: ${indicator.indicatorId} follows ${kind} goal ${number} of ${plan.year}`;
  if (!goal) throw new Error(`${where}, which the seeded plan does not hold`);
  // The method is the document's own words; an indicator for a goal that names none would be invented.
  if (goal.measurementMethod === null) throw new Error(`${where}, which names no measurement method`);
  return { ...goal, measurementMethod: goal.measurementMethod };
}

function commandsFor(indicator: SampleIndicator, goal: PlanGoal & { measurementMethod: string }, committeeId: string): IndicatorCommand[] {
  const { indicatorId, name, description, unit, direction, dataSource, target } = indicator;
  const commands: IndicatorCommand[] = [
    { type: 'DefineIndicator', indicatorId, name, description, unit, direction, dataSource, measurementMethod: goal.measurementMethod },
    { type: 'LinkIndicatorToGoal', indicatorId, goalId: goal.goalId, committeeId },
  ];
  if (target) commands.push({ type: 'SetTarget', indicatorId, unit, ...target });
  return commands;
}
