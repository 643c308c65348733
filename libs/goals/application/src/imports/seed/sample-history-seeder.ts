import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@goaltrail/event-store-port';
import { foldPlan, streamIds, type PlanState } from '@goaltrail/goals-domain';
import type { Actor } from '../../shared/actor';
import { EVENT_STORE_PORT } from '../../shared/goals-application.tokens';
import { CommandExecutor } from '../../write/command-executor';
import { readWholeStream } from '../../write/read-whole-stream';
import { GoalDocumentImporter } from '../goal-document-importer';
import { sampleDocuments, sampleLineage, type SampleGoalRef } from './sample-data';

/** Who the seed's events are recorded as: the system, not a person. */
export const seedActor: Actor = { username: 'system:seed', role: 'system' };

/** What a seed run recorded. */
export interface SeedSummary {
  readonly committeeId: string;
  readonly name: string;
  readonly years: readonly number[];
  readonly goals: number;
  readonly links: number;
  readonly events: number;
}

/**
 * The first run's history: on a store with no committee or plan events, imports both Socialnämnden
 * documents and records the sample lineage between them, all as ordinary events by `system:seed`.
 * Any committee or plan in the store means someone has started, so it never seeds twice.
 */
@Injectable()
export class SampleHistorySeeder {
  constructor(
    @Inject(EVENT_STORE_PORT) private readonly store: EventStore,
    @Inject(GoalDocumentImporter) private readonly importer: GoalDocumentImporter,
    @Inject(CommandExecutor) private readonly executor: CommandExecutor,
  ) {}

  /** Seeds an empty store and says what it recorded; null when the store already holds goal data. */
  async seedIfEmpty(): Promise<SeedSummary | null> {
    if ((await this.holds('committee-')) || (await this.holds('plan-'))) return null;
    const lineage = sampleLineage();
    const { committeeId, name } = lineage.committee;
    const correlationId = randomUUID();
    let events = 0;
    const plans = new Map<number, PlanState>();
    for (const document of sampleDocuments) {
      const input = { text: document.text, fileName: document.fileName, committeeId, dryRun: false };
      const result = await this.importer.import(input, seedActor, { correlationId });
      events += result.eventsWritten;
      const plan = foldPlan(await readWholeStream(this.store, streamIds.plan(committeeId, result.year)));
      if (plan) plans.set(result.year, plan);
    }
    for (const link of lineage.links) {
      const toYear = link.to?.year ?? Math.max(...plans.keys());
      const outcome = await this.executor.execute(
        {
          type: 'LinkGoals',
          committeeId,
          fromYear: link.from.year,
          fromGoalId: goalIdOf(plans, link.from),
          toYear,
          toGoalId: link.to ? goalIdOf(plans, link.to) : null,
          relation: link.relation,
          rationale: link.rationale,
        },
        seedActor,
        // A reading of the later plan: it holds from that plan's year, like the plan itself.
        { correlationId, effectiveAt: `${toYear}-01-01`, extra: { source: { fileName: 'socialnamnden-lineage.json' } } },
      );
      events += outcome.events.length;
    }
    const goals = [...plans.values()].reduce((sum, plan) => sum + plan.goals.length, 0);
    return { committeeId, name, years: [...plans.keys()], goals, links: lineage.links.length, events };
  }

  private async holds(streamPrefix: string): Promise<boolean> {
    for await (const _event of this.store.readAll({ streamPrefix, maxCount: 1 })) return true;
    return false;
  }
}

/** The id of the goal a sample link names; a link to a goal the documents do not hold is a broken sample. */
function goalIdOf(plans: ReadonlyMap<number, PlanState>, ref: SampleGoalRef): string {
  const goal = plans.get(ref.year)?.goals.find(
    (candidate) =>
      candidate.number === ref.number &&
      (ref.focusArea === undefined ? candidate.focusAreaId === null && candidate.kind === ref.kind : candidate.focusAreaId === ref.focusArea),
  );
  if (!goal) throw new Error(`socialnamnden-lineage.json: no goal ${JSON.stringify(ref)} in the seeded plans`);
  return goal.goalId;
}
