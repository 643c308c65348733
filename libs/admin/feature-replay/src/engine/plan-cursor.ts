import { IndexedPlanFold, type PlanState } from '@goaltrail/goals-domain';
import type { ReplayLog } from './replay-log';
import type { PlanTrack } from './plan-track';

/**
 * One plan folded up to some of its events, moved forward as the person steps on. Playing forward
 * applies only the new events; stepping back folds the plan again from its start, which costs one
 * plan's events, not the log's.
 */
export class PlanCursor {
  private fold = new IndexedPlanFold();
  private applied = 0;

  constructor(
    private readonly log: ReplayLog,
    readonly track: PlanTrack,
  ) {}

  /** The plan after its first `count` events (its fold state: read it before moving the cursor again). */
  stateAfter(count: number): PlanState | null {
    if (count < this.applied) {
      this.fold = new IndexedPlanFold();
      this.applied = 0;
    }
    while (this.applied < count) {
      const event = this.log.events[this.track.steps[this.applied] ?? -1];
      if (event) this.fold.apply(event);
      this.applied += 1;
    }
    return this.fold.state;
  }

  /** The stream revision of the plan's `count`-th event: the version a plan view carries. */
  revisionAfter(count: number): number {
    return this.log.events[this.track.steps[count - 1] ?? -1]?.revision ?? -1;
  }
}
