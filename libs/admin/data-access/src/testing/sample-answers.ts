import type { SessionUser } from '@goaltrail/contracts';
import type { GoalHistory, PlanGoalView, PlanView } from '@goaltrail/goals-domain';
import type { CommitteeSummary, PlanSummary } from '../response-schemas';

// Small answers shaped like the seeded Socialnämnden history, for tests across the admin libraries.

const goal = (goalId: string, kind: PlanGoalView['kind'], number: number, text: string, extra: Partial<PlanGoalView> = {}): PlanGoalView => ({
  goalId,
  kind,
  number,
  text,
  measurementMethod: null,
  focusAreaId: null,
  revision: 0,
  carriedFrom: null,
  sectionId: extra.focusAreaId ? `focus-area:${extra.focusAreaId}` : `kind:${kind}`,
  ancestors: [],
  ...extra,
});

/** The signed-in users of the samples, one per role. */
export const sampleUsers: Record<'admin' | 'planner' | 'auditor', SessionUser> = {
  admin: { username: 'admin', role: 'admin' },
  planner: { username: 'pia.planner', role: 'planner' },
  auditor: { username: 'arne.auditor', role: 'auditor' },
};

/** `GET /api/committees`. */
export const sampleCommittees: CommitteeSummary[] = [{ committeeId: 'socialnamnden', name: 'Socialnämnden', municipality: 'Nacka kommun' }];

/** `GET /api/committees/socialnamnden/plans`. */
export const samplePlans: PlanSummary[] = [
  { committeeId: 'socialnamnden', year: 2005, status: 'draft', carriedForwardFrom: null, adoption: null, amendments: [], revision: 13, goalCount: 3 },
  {
    committeeId: 'socialnamnden',
    year: 2020,
    status: 'adopted',
    carriedForwardFrom: null,
    adoption: { decisionRef: 'SOCN 2019/123 § 45', decidedOn: '2019-12-10' },
    amendments: [],
    revision: 9,
    goalCount: 2,
  },
];

/** `GET /api/committees/socialnamnden/plans/2005`: inriktningsmål and effektmål. */
export const samplePlan2005: PlanView = {
  committeeId: 'socialnamnden',
  year: 2005,
  status: 'draft',
  revision: 13,
  carriedForwardFrom: null,
  adoption: null,
  amendments: [],
  retired: [],
  sections: [
    {
      id: 'kind:directional',
      type: 'goalKind',
      goalKind: 'directional',
      goals: [
        goal('g-2005-d1', 'directional', 1, 'Medborgarna i Nacka som behöver social omsorg ska erbjudas sådan med god kvalitet.'),
        goal('g-2005-d3', 'directional', 3, 'De värderingar som ligger till grund för prioriteringarna ska göras tydliga för Nackaborna.'),
      ],
    },
    {
      id: 'kind:effect',
      type: 'goalKind',
      goalKind: 'effect',
      goals: [goal('g-2005-e1', 'effect', 1, 'Andelen nöjda personer ska öka till 75 %.', { measurementMethod: 'brukarundersökning' })],
    },
  ],
};

/** `GET /api/committees/socialnamnden/plans/2020`: focus areas with their nämndmål. */
export const samplePlan2020: PlanView = {
  committeeId: 'socialnamnden',
  year: 2020,
  status: 'adopted',
  revision: 9,
  carriedForwardFrom: null,
  adoption: { decisionRef: 'SOCN 2019/123 § 45', decidedOn: '2019-12-10' },
  amendments: [],
  retired: [],
  sections: [
    {
      id: 'focus-area:en-oppen-kommun',
      type: 'focusArea',
      focusAreaId: 'en-oppen-kommun',
      title: 'En öppen kommun',
      description: ['Där vi uppfattas som transparenta', 'Omfamna olikheter'],
      goals: [
        goal('g-2020-o1', 'committee', 1, 'Socialnämnden ska ha en tydlig och förståelig myndighetsutövning', {
          focusAreaId: 'en-oppen-kommun',
          ancestors: [{ year: 2005, goalId: 'g-2005-d3', relation: 'merged' }],
        }),
      ],
    },
    {
      id: 'focus-area:en-larande-kommun',
      type: 'focusArea',
      focusAreaId: 'en-larande-kommun',
      title: 'En lärande kommun',
      description: ['Där alla ges förutsättningar för framtiden'],
      goals: [goal('g-2020-l1', 'committee', 1, 'Socialnämnden samverkar aktivt med skolor', { focusAreaId: 'en-larande-kommun' })],
    },
  ],
};

/** `GET /api/goals/g-2005-d3/history`: added by the seed, reworded by a planner, merged into a 2020 goal. */
export const sampleHistory: GoalHistory = {
  goalId: 'g-2005-d3',
  entries: [
    {
      change: 'added',
      committeeId: 'socialnamnden',
      year: 2005,
      goal: { ...goal('g-2005-d3', 'directional', 3, 'De värderingar som ligger till grund ska göras tydliga.') },
      reason: 'Import av källdokumentet socialnamndens-mal-2005.txt',
      decisionRef: null,
      actor: 'system:seed',
      role: 'system',
      effectiveAt: '2005-01-01',
      recordedAt: '2026-11-22T20:23:35.495Z',
      streamId: 'plan-socialnamnden-2005',
      streamRevision: 3,
    },
    {
      change: 'reworded',
      committeeId: 'socialnamnden',
      year: 2005,
      goal: { ...goal('g-2005-d3', 'directional', 3, 'De värderingar som ligger till grund för prioriteringarna ska göras tydliga för Nackaborna.'), revision: 1 },
      reason: 'Förtydligat efter dialog med revisorerna',
      decisionRef: 'SOCN 2005/7 § 12',
      actor: 'pia.planner',
      role: 'planner',
      effectiveAt: '2005-03-01',
      recordedAt: '2026-11-23T08:00:00.000Z',
      streamId: 'plan-socialnamnden-2005',
      streamRevision: 14,
    },
  ],
  ancestors: [],
  descendants: [
    {
      fromYear: 2005,
      fromGoalId: 'g-2005-d3',
      toYear: 2020,
      toGoalId: 'g-2020-o1',
      relation: 'merged',
      rationale: 'Tydliga värderingar och välgrundade beslut blev en tydlig myndighetsutövning.',
      origin: 'recorded',
    },
  ],
};
