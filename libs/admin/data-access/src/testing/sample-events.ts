import type { LoggedEvent } from '../event-log/event-log.schemas';
import type { FakeRoute } from './fake-api';

// A small log shaped like the seeded Socialnämnden history: an account, the committee, the 2005
// plan with a rewording and a retirement, the 2020 plan with a focus area, lineage between them,
// an indicator, and the 2020 adoption — every kind of step the replay describes.

const revisions = new Map<string, number>();
let position = 0;

function logged(streamId: string, type: string, data: Record<string, unknown>, effectiveAt: string, extra: Partial<LoggedEvent['metadata']> = {}): LoggedEvent {
  const revision = revisions.get(streamId) ?? 0;
  revisions.set(streamId, revision + 1);
  position += 1;
  const recordedAt = new Date(Date.UTC(2026, 10, 22, 20, 58, position)).toISOString();
  return {
    position: String(position),
    id: `event-${position}`,
    streamId,
    revision,
    type,
    data,
    metadata: { actor: 'system:seed', role: 'system', effectiveAt, recordedAt, ...extra },
  };
}

const goal = (goalId: string, kind: string, number: number, text: string, focusAreaId: string | null = null) => ({
  goalId,
  kind,
  number,
  text,
  measurementMethod: null,
  focusAreaId,
});

const plan2005 = 'plan-socialnamnden-2005';
const plan2020 = 'plan-socialnamnden-2020';
const lineage = 'lineage-socialnamnden';

/** `GET /api/events` of a small seeded store: 15 events, 13 of them about committees, plans and lineage. */
export const sampleEventLog: readonly LoggedEvent[] = [
  logged('user-admin', 'UserRegistered', { username: 'admin', role: 'admin', passwordHash: '[redacted]' }, '2026-11-22T20:58:00.000Z', { actor: 'system', role: 'system' }),
  logged('committee-socialnamnden', 'CommitteeRegistered', { committeeId: 'socialnamnden', name: 'Socialnämnden', municipality: 'Nacka kommun' }, '2005-01-01'),
  logged(plan2005, 'PlanDrafted', { committeeId: 'socialnamnden', year: 2005, carriedForwardFrom: null }, '2005-01-01'),
  logged(plan2005, 'GoalAdded', goal('g-2005-d1', 'directional', 1, 'Medborgarna ska erbjudas social omsorg med god kvalitet.'), '2005-01-01'),
  logged(plan2005, 'GoalAdded', goal('g-2005-d2', 'directional', 2, 'Medborgare ska stärkas till egen försörjning.'), '2005-01-01'),
  logged(plan2005, 'GoalAdded', goal('g-2005-e1', 'effect', 1, 'Andelen nöjda brukare ska vara minst 75 %.'), '2005-01-01'),
  logged(plan2005, 'GoalReworded', { goalId: 'g-2005-e1', text: 'Andelen nöjda brukare ska vara minst 80 %.', measurementMethod: null, reason: 'Högre ambition', revision: 1 }, '2005-06-01', { actor: 'pia.planner', role: 'planner', reason: 'Högre ambition' }),
  logged(plan2020, 'PlanDrafted', { committeeId: 'socialnamnden', year: 2020, carriedForwardFrom: null }, '2020-01-01'),
  logged(plan2020, 'FocusAreaAdded', { focusAreaId: 'en-oppen-kommun', title: 'En öppen kommun', description: ['Där vi uppfattas som transparenta'] }, '2020-01-01'),
  logged(plan2020, 'GoalAdded', goal('g-2020-o1', 'committee', 1, 'Socialnämnden ska ha en tydlig myndighetsutövning.', 'en-oppen-kommun'), '2020-01-01'),
  logged(lineage, 'GoalsLinked', { committeeId: 'socialnamnden', fromYear: 2005, fromGoalId: 'g-2005-d2', toYear: 2020, toGoalId: 'g-2020-o1', relation: 'merged', rationale: 'Samma syfte' }, '2020-01-01'),
  logged(lineage, 'GoalsLinked', { committeeId: 'socialnamnden', fromYear: 2005, fromGoalId: 'g-2005-d1', toYear: 2020, toGoalId: null, relation: 'retired', rationale: 'Ingår i lagen' }, '2020-01-01'),
  logged('indicator-sn-nojdhet', 'IndicatorDefined', { name: 'Andel nöjda brukare', unit: 'percent' }, '2005-01-01'),
  logged(plan2005, 'GoalRetired', { goalId: 'g-2005-d1', reason: 'Ingår i lagen', fromYear: null }, '2005-12-31', { actor: 'pia.planner', role: 'planner', reason: 'Ingår i lagen' }),
  logged(plan2020, 'PlanAdopted', { decisionRef: 'SOCN 2019/123 § 45', decidedOn: '2019-12-10' }, '2020-01-01', { decisionRef: 'SOCN 2019/123 § 45' }),
];

/** The next event a planner could write: drafting 2021 from 2020 (for live-feed tests). */
export const sampleLiveEvent: LoggedEvent = {
  position: String(sampleEventLog.length + 1),
  id: 'event-live-1',
  streamId: 'plan-socialnamnden-2021',
  revision: 0,
  type: 'PlanDrafted',
  data: { committeeId: 'socialnamnden', year: 2021, carriedForwardFrom: 2020 },
  metadata: { actor: 'admin', role: 'admin', effectiveAt: '2021-01-01', recordedAt: '2026-11-23T08:00:00.000Z' },
};

/** A fake `GET /api/events` over `events`, paging by `after` and `limit` as the API does. */
export function eventLogRoute(events: readonly LoggedEvent[]): FakeRoute {
  return (_call, url) => {
    const after = url.searchParams.get('after');
    const limit = Number(url.searchParams.get('limit') ?? 200);
    const start = after === null ? 0 : events.findIndex((event) => event.position === after) + 1;
    const page = events.slice(start, start + limit);
    return { body: { events: page, next: page.at(-1)?.position ?? after, hasMore: start + limit < events.length } };
  };
}
