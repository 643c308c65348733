import type { GlobalPosition } from '@goaltrail/event-store-port';
import type { AppendedEvent } from '@goaltrail/goals-application';
import type { IndicatorState } from '@goaltrail/indicators-domain';

/** What an indicator command returns. */
export interface IndicatorCommandOutcome {
  readonly indicatorId: string;
  readonly streamId: string;
  /** The stream's revision after the command; null only if the stream still does not exist. */
  readonly revision: number | null;
  /**
   * Global position of the last event appended, for `IndicatorsProjectionRunner.waitFor`; null when the
   * command decided nothing (an idempotent repeat), so there is nothing to wait for.
   */
  readonly position: GlobalPosition | null;
  /** The envelopes appended with their stream revisions; empty for an idempotent repeat. */
  readonly events: readonly AppendedEvent[];
}

/** One indicator stream as the write path loaded it: its folded state and its last revision. */
export interface LoadedIndicator {
  readonly state: IndicatorState | null;
  /** null when the stream does not exist yet. */
  readonly revision: number | null;
}
