import { sampleEventLog } from '@goaltrail/admin-data-access';
import { foldCommitteeLineage, foldPlans } from '@goaltrail/goals-domain';
import { describe, expect, it } from 'vitest';
import { ReplayLog } from './replay-log';

describe('ReplayLog', () => {
  it('folds the log to the state the server’s own queries give, passing over indicators and accounts', () => {
    const log = new ReplayLog();
    log.append(sampleEventLog.slice(0, 7));
    log.append(sampleEventLog.slice(7));
    const server = foldPlans(sampleEventLog);
    expect(log.plans.map((track) => track.fold.state)).toEqual(server.map((plan) => plan.state));
    expect(log.committeeOf('socialnamnden')?.lineage).toEqual(foldCommitteeLineage(sampleEventLog, 'socialnamnden'));
    const summary = log.summary();
    expect(summary).toMatchObject({ total: 13, skipped: 2, lastPosition: '15', committees: 1, plans: 2 });
    expect(summary.years).toEqual([
      // The retirement is recorded after the 2020 events but effective in 2005: it counts there.
      { year: 2005, count: 7, firstIndex: 0 },
      { year: 2020, count: 6, firstIndex: 6 },
    ]);
    expect(summary.foldMs).toBeGreaterThanOrEqual(0);
  });

  it('keeps, per step, the plan changed, the plan to show and the goal named by kind and number', () => {
    const log = new ReplayLog();
    log.append(sampleEventLog);
    // Steps: committee, 2005 drafted, d1, d2, e1, e1 reworded, 2020 drafted, area, o1, two links, d1 retired, adopted.
    // Both links show the later year's plan, the retirement link too.
    expect(log.changedPlan).toEqual([-1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1]);
    expect(log.shownPlan).toEqual([-1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1]);
    // Packed as number * 4 + kind (0 directional, 1 effect, 2 committee).
    expect(log.goal.slice(2, 6)).toEqual([4, 8, 5, 5]);
    expect(log.goal[9]).toBe(6);
    expect(log.fromGoal[9]).toBe(8);
    expect(log.goal[10]).toBe(-1);
    expect(log.fromGoal[10]).toBe(4);
    expect(log.plans[0]?.goalCounts).toEqual([0, 1, 2, 3, 3, 2]);
    expect(log.plans[1]?.statuses).toEqual(['draft', 'draft', 'draft', 'adopted']);
  });
});
