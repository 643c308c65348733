import {
  decide,
  decisionStateFrom,
  emptyLineage,
  evolveCommittee,
  evolveLineage,
  IndexedPlanFold,
  streamIdOf,
  streamIds,
  type Command,
  type CommitteeState,
  type DomainEventLike,
  type FoldedStreams,
  type GoalsEvent,
  type LineageState,
  type PlanState,
} from '@goaltrail/goals-domain';

type Folded<S> = { state: S; evolve: (state: S, event: DomainEventLike) => S };

/**
 * Loaded streams kept folded while many commands are decided in a row: each stream is folded once,
 * then moved on event by event. Folding whole streams again for every command made an import of a
 * long document cost far more than its length; plans are folded in place with their goals indexed,
 * so each decision costs the same however many goals the plan already holds.
 */
export class IncrementalStreams implements FoldedStreams {
  private readonly folded = new Map<string, Folded<unknown>>();
  private readonly plans = new Map<string, IndexedPlanFold>();

  constructor(private readonly loaded: ReadonlyMap<string, readonly DomainEventLike[]>) {}

  committee(committeeId: string): CommitteeState | null {
    return this.state(streamIds.committee(committeeId), evolveCommittee, null);
  }

  plan(committeeId: string, year: number): PlanState | null {
    return this.planFold(streamIds.plan(committeeId, year)).state;
  }

  lineage(committeeId: string): LineageState {
    return this.state(streamIds.lineage(committeeId), evolveLineage, emptyLineage);
  }

  /** Moves a stream's folded state on by newly decided events. */
  apply(streamId: string, events: readonly DomainEventLike[]): void {
    const plan = this.plans.get(streamId);
    if (plan) for (const event of events) plan.apply(event);
    const entry = this.folded.get(streamId);
    if (entry) entry.state = events.reduce(entry.evolve, entry.state);
  }

  private planFold(streamId: string): IndexedPlanFold {
    let fold = this.plans.get(streamId);
    if (!fold) {
      fold = new IndexedPlanFold(this.loaded.get(streamId) ?? []);
      this.plans.set(streamId, fold);
    }
    return fold;
  }

  private state<S>(streamId: string, evolve: (state: S, event: DomainEventLike) => S, initial: S): S {
    let entry = this.folded.get(streamId) as Folded<S> | undefined;
    if (!entry) {
      entry = { state: (this.loaded.get(streamId) ?? []).reduce(evolve, initial), evolve };
      this.folded.set(streamId, entry as Folded<unknown>);
    }
    return entry.state;
  }
}

/** One command's decision, in the order the commands were given. */
export interface Decision {
  command: Command;
  streamId: string;
  events: GoalsEvent[];
}

/**
 * Decides every command in order on the loaded streams plus the events decided before it. Throws
 * the first broken rule before anything is written; linear in the number of commands.
 */
export function decideAll(commands: readonly Command[], loaded: ReadonlyMap<string, readonly DomainEventLike[]>): Decision[] {
  const streams = new IncrementalStreams(loaded);
  return commands.map((command) => {
    const events = decide(command, decisionStateFrom(command, streams)) as GoalsEvent[];
    const streamId = streamIdOf(command);
    streams.apply(streamId, events);
    return { command, streamId, events };
  });
}
