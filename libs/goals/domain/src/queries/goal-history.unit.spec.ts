import { describe, expect, it } from 'vitest';
import { ids2005 } from '../testing/seed-2005.fixture';
import { text2020 } from '../testing/seed-2020.fixture';
import { newWording, recorded, rewordedGoalId, scenario2021 } from '../testing/scenario-2021.fixture';
import { goalHistory } from './goal-history';

describe('goalHistory', () => {
  const { events } = scenario2021({ amend: true });

  it('given the 2021 scenario, then every wording of the goal is listed with who, why, when and on which decision', () => {
    const history = goalHistory(events, rewordedGoalId);
    expect(
      history?.entries.map((e) => [
        e.year,
        e.change,
        e.goal.revision,
        e.goal.text,
        e.actor,
        e.role,
        e.reason,
        e.decisionRef,
      ]),
    ).toEqual([
      [2020, 'added', 0, text2020('oppen', 1), 'importer', 'admin', null, null],
      [2020, 'adopted', 0, text2020('oppen', 1), 'importer', 'admin', null, 'SN 2019 § 150'],
      [2021, 'carried-forward', 0, text2020('oppen', 1), 'planner-anna', 'planner', null, null],
      [2021, 'reworded', 1, newWording, 'planner-anna', 'planner', 'Rättssäkerhet lyfts fram', null],
      [2021, 'adopted', 1, newWording, 'secretary-bo', 'planner', null, 'SN 2020-12-10 § 123'],
      [2021, 'amended', 1, newWording, 'planner-anna', 'planner', 'Klarspråk', 'SN 2021-06-15 § 45'],
      [
        2021,
        'reworded',
        2,
        'Socialnämnden har en begriplig och rättssäker myndighetsutövning',
        'planner-anna',
        'planner',
        'Klarspråk',
        'SN 2021-06-15 § 45',
      ],
    ]);
  });

  it('keeps both clocks of every entry', () => {
    const reworded = goalHistory(events, rewordedGoalId)?.entries.find((e) => e.change === 'reworded');
    expect(reworded).toMatchObject({
      recordedAt: recorded.reworded,
      effectiveAt: '2020-11-15',
      streamId: 'plan-socialnamnden-2021',
    });
  });

  it('lists the goals merged into it as ancestors', () => {
    const history = goalHistory(events, rewordedGoalId);
    expect(history?.ancestors.map((l) => [l.fromGoalId, l.relation, l.origin])).toEqual([
      [ids2005.em(7), 'merged', 'recorded'],
      [ids2005.im(3), 'merged', 'recorded'],
    ]);
    expect(history?.descendants).toEqual([]);
  });

  it('given a retired 2005 goal, then its retirement is its descendant', () => {
    const history = goalHistory(events, ids2005.im(2));
    expect(history?.entries.map((e) => e.change)).toEqual(['added', 'adopted']);
    expect(history?.descendants).toMatchObject([{ toYear: 2020, toGoalId: null, relation: 'retired' }]);
  });

  it('given an id no plan holds, then there is no history', () => {
    expect(goalHistory(events, 'no-such-goal')).toBeNull();
  });
});
