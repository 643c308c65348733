import type { RecordedEvent } from '@goaltrail/event-store-port';
import type {
  IndexedPlanFold,
  LineageState,
  PlanAmendment,
  PlanDecision,
  PlanState,
  PlanStatus,
  PlanView,
} from '@goaltrail/goals-domain';

/** A committee as the committees list shows it. */
export interface CommitteeSummary {
  readonly committeeId: string;
  readonly name: string;
  readonly municipality: string | null;
}

/** One year's plan of a committee, as the plans list shows it. */
export interface PlanSummary {
  readonly committeeId: string;
  readonly year: number;
  readonly streamId: string;
  readonly status: PlanStatus;
  readonly carriedForwardFrom: number | null;
  readonly adoption: PlanDecision | null;
  readonly amendments: readonly PlanAmendment[];
  /** Plan stream revision: the plan's version. */
  readonly revision: number;
  readonly goalCount: number;
}

/** A plan stream kept in memory: its events, its state folded so far, and the cached view. */
export interface PlanEntry {
  readonly streamId: string;
  /** Folds the stream in place, so a plan of thousands of goals costs the same per event as a small one. */
  readonly fold: IndexedPlanFold;
  /** The fold's state: changed in place by the next event, so read it, do not keep it. */
  state: PlanState;
  revision: number;
  readonly events: RecordedEvent[];
  /** The current view, built on first read and dropped when the plan or its lineage changes. */
  view: PlanView | null;
}

/** What the model holds per committee. */
export interface CommitteeEntry {
  summary: CommitteeSummary | null;
  readonly plans: Map<number, PlanEntry>;
  readonly lineageEvents: RecordedEvent[];
  lineage: LineageState;
}

/** The list entry of a plan. */
export function summaryOf(plan: PlanEntry): PlanSummary {
  const { committeeId, year, status, carriedForwardFrom, adoption, amendments, goals } = plan.state;
  return {
    committeeId,
    year,
    streamId: plan.streamId,
    status,
    carriedForwardFrom,
    adoption,
    amendments,
    revision: plan.revision,
    goalCount: goals.length,
  };
}
