import type { GlobalPosition, RecordedEvent } from '@goaltrail/event-store-port';
import {
  asIndicatorEvent,
  indicatorIdOfStream,
  indicatorStateFrom,
  type IndicatorState,
} from '@goaltrail/indicators-domain';
import { IndicatorIndexes, type KpiCatalogue } from './indicator-indexes';

/** Who recorded an event: the envelope's actor and role. */
export interface RecordedBy {
  readonly actor: string;
  readonly role: string;
}

/** One indicator as the model holds it: the folded state, its stream revision, and who recorded each event. */
export interface IndicatorEntry {
  readonly state: IndicatorState;
  readonly revision: number;
  /** Who recorded the event at a stream revision (null if unknown). */
  recordedBy(revision: number | null): RecordedBy | null;
}

type Entry = { state: IndicatorState | null; pending: RecordedEvent[]; revision: number; who: RecordedBy[] };

// Events wait unfolded until a read or this many: folding copies the indicator's maps once per fold, so
// folding per event would make a large import quadratic.
const foldEvery = 500;

/**
 * The indicators read model, in memory, fed from the store's log (`indicator-` streams only) in order.
 * The checkpoint is part of the same object and moves with every applied event. Per indicator it keeps
 * the state folded with the domain's own fold, so a series or a follow-up status is computed without
 * touching the store; per goal and per Kolada KPI id it keeps the indicators, so lookups never scan.
 */
export class IndicatorsReadModel {
  private position: GlobalPosition | null = null;
  private applied = 0;
  private readonly entries = new Map<string, Entry>();
  private readonly indexes = new IndicatorIndexes();
  private readonly actors = new Map<string, RecordedBy>();

  /** Position of the last event applied; null before the first. */
  get checkpoint(): GlobalPosition | null {
    return this.position;
  }

  /** Events applied so far. */
  get eventCount(): number {
    return this.applied;
  }

  /** Applies the next event of the log; events of other streams only move the checkpoint. */
  apply(event: RecordedEvent): void {
    const indicatorId = indicatorIdOfStream(event.streamId);
    if (indicatorId !== null) this.applyToIndicator(indicatorId, event);
    this.position = event.position;
    this.applied += 1;
  }

  /** One defined indicator, or null. */
  indicator(indicatorId: string): IndicatorEntry | null {
    const entry = this.entries.get(indicatorId);
    return entry ? this.view(entry) : null;
  }

  /** Every defined indicator, by name and then id. */
  indicators(): IndicatorEntry[] {
    const views = [...this.entries.values()].flatMap((entry) => this.view(entry) ?? []);
    return views.sort((a, b) => a.state.name.localeCompare(b.state.name, 'sv') || compare(a.state.indicatorId, b.state.indicatorId));
  }

  /** The indicators linked to a goal, in id order. */
  linkedTo(goalId: string): IndicatorState[] {
    return this.statesOf(this.indexes.linkedTo(goalId));
  }

  /** The indicators whose current definition carries the KPI id, in id order. */
  carrying(koladaKpiId: string): IndicatorState[] {
    return this.statesOf(this.indexes.carrying(koladaKpiId));
  }

  /** KPI id → the indicators carrying it, with their units, as of now. */
  kpiCatalogue(): KpiCatalogue {
    return this.indexes.kpiCatalogue();
  }

  private applyToIndicator(indicatorId: string, event: RecordedEvent): void {
    let entry = this.entries.get(indicatorId);
    if (!entry) {
      entry = { state: null, pending: [], revision: -1, who: [] };
      this.entries.set(indicatorId, entry);
    }
    entry.pending.push(event);
    entry.revision = event.revision;
    entry.who[event.revision] = this.actor(event.metadata.actor, event.metadata.role);
    const known = asIndicatorEvent(event);
    if (known) this.indexes.apply(indicatorId, known);
    if (entry.pending.length >= foldEvery) fold(entry);
  }

  private statesOf(ids: ReadonlySet<string>): IndicatorState[] {
    return [...ids].sort(compare).flatMap((id) => this.indicator(id)?.state ?? []);
  }

  private view(entry: Entry): IndicatorEntry | null {
    fold(entry);
    const { state, revision, who } = entry;
    if (!state) return null;
    return { state, revision, recordedBy: (at) => (at === null ? null : (who[at] ?? null)) };
  }

  /** Actors are interned: a million imported events share a handful of objects. */
  private actor(actor: string, role: string): RecordedBy {
    const key = `${actor}\u0000${role}`;
    let known = this.actors.get(key);
    if (!known) {
      known = { actor, role };
      this.actors.set(key, known);
    }
    return known;
  }
}

function fold(entry: Entry): void {
  if (entry.pending.length === 0) return;
  entry.state = indicatorStateFrom(entry.pending, entry.state);
  entry.pending = [];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
