import {
  goalKinds,
  isGoalKind,
  isLineageRelation,
  planEventTypes,
  type GoalKind,
  type LineageEvent,
  type LineageRelation,
  type PlanEvent,
} from '@goaltrail/goals-domain';
import type { LoggedEvent } from '@goaltrail/admin-data-access/event-log';
import type { ChangeKind, GoalLabel } from './replay-types';

// Event data arrive as unchecked JSON. The domain's folds read them by type (and ignore types they do
// not know); these helpers read the few fields the replay names, and never trust a field's type.

const changeOfType: Record<string, ChangeKind> = {
  CommitteeRegistered: 'committee-registered',
  PlanDrafted: 'plan-drafted',
  FocusAreaAdded: 'focus-area-added',
  FocusAreaRevised: 'focus-area-revised',
  FocusAreaRemoved: 'focus-area-removed',
  GoalAdded: 'goal-added',
  GoalCarriedForward: 'goal-carried-forward',
  GoalReworded: 'goal-reworded',
  GoalMoved: 'goal-moved',
  GoalRetired: 'goal-retired',
  PlanAdopted: 'plan-adopted',
  PlanAmended: 'plan-amended',
  GoalsLinked: 'goals-linked',
  GoalsUnlinked: 'goals-unlinked',
};

/** The kind of change an event type makes. */
export function changeKindOf(type: string): ChangeKind {
  return Object.hasOwn(changeOfType, type) ? (changeOfType[type] ?? 'other') : 'other';
}

const planTypes = new Set<string>(planEventTypes);

/** The event as a plan event, as the domain's own fold reads it; null for other types. */
export function asPlanEvent(event: LoggedEvent): PlanEvent | null {
  return planTypes.has(event.type) ? (event as unknown as PlanEvent) : null;
}

/** The event as a lineage event; null for other types. */
export function asLineageEvent(event: LoggedEvent): LineageEvent | null {
  return event.type === 'GoalsLinked' || event.type === 'GoalsUnlinked' ? (event as unknown as LineageEvent) : null;
}

/** A text field of the event's data, or null. */
export function textField(event: LoggedEvent, name: string): string | null {
  const value = event.data[name];
  return typeof value === 'string' ? value : null;
}

/** A whole-number field of the event's data, or null. */
export function numberField(event: LoggedEvent, name: string): number | null {
  const value = event.data[name];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** The lineage relation of a link event, or null. */
export function relationField(event: LoggedEvent): LineageRelation | null {
  const value = event.data['relation'];
  return isLineageRelation(value) ? value : null;
}

/** The year of an ISO date or date-time, as written (no time zone can move it); null if unreadable. */
export function yearOf(iso: string): number | null {
  const year = Number.parseInt(iso.slice(0, 4), 10);
  return Number.isNaN(year) ? null : year;
}

// Goal labels are kept per step for every event, so they are packed into one number: kind in the
// two low bits, number above. -1 means "no goal".

/** A goal label as one number. */
export function packLabel(kind: unknown, number: unknown): number {
  if (!isGoalKind(kind) || typeof number !== 'number' || !Number.isInteger(number) || number < 0) return -1;
  return number * 4 + goalKinds.indexOf(kind);
}

/** The label a number packs (with the goal's focus area, if any), or null. */
export function unpackLabel(packed: number | undefined, area: string | null = null): GoalLabel | null {
  if (packed === undefined || packed < 0) return null;
  const kind: GoalKind | undefined = goalKinds[packed % 4];
  return kind ? { kind, number: Math.floor(packed / 4), area } : null;
}
