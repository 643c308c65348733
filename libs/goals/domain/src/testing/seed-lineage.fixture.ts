import type { EventLog } from './event-log.fixture';
import { committeeId, ids2005 } from './seed-2005.fixture';
import { id2020 } from './seed-2020.fixture';

/** A planner's reading of 2005 → 2020 (DESIGN §5): one replacement, one merger, two retirements. */
export function seedLineage(log: EventLog): void {
  const at = {
    recordedAt: '2026-01-12T08:00:00Z',
    effectiveAt: '2020-01-01',
    actor: 'planner-anna',
    role: 'planner',
  };
  const link = (
    fromGoalId: string,
    toGoalId: string | null,
    relation: 'replaced' | 'merged' | 'retired',
    rationale: string,
  ) =>
    log.run(
      {
        type: 'LinkGoals',
        committeeId,
        fromYear: 2005,
        fromGoalId,
        toYear: 2020,
        toGoalId,
        relation,
        rationale,
      },
      at,
    );
  link(
    ids2005.im(5),
    id2020('larande', 1),
    'replaced',
    'Samverkan med andra aktörer lever vidare som aktiv samverkan',
  );
  const merger = 'Tydliga värderingar och korrekta beslut blev en tydlig och förståelig myndighetsutövning';
  link(ids2005.im(3), id2020('oppen', 1), 'merged', merger);
  link(ids2005.em(7), id2020('oppen', 1), 'merged', merger);
  link(ids2005.im(2), null, 'retired', 'Försörjningsmålet följs i kommunens budget, inte som nämndmål');
  link(ids2005.im(4), null, 'retired', 'Det förebyggande arbetet ingår i en annan nämnds mål');
}
