import type { IndicatorSeries } from '@goaltrail/indicators-domain';
import type { CommitteeFollowUp } from './follow-up-types';
import type { IndicatorDetails, IndicatorSummary } from './indicator-schemas';
import type { KoladaImportResult } from './kolada-import-schemas';

// Test fixtures shaped like the seeded indicators: effect goal 1's satisfaction indicator with its
// 75 % target for 2005, outcomes for 2005 and 2006, and a new definition version (webbenkät) from 2006,
// so the 2006 outcome is compared with a target set under the earlier definition.

const seed = { actor: 'system:seed', role: 'system' };
const at = (revision: number, type: string, recordedAt: string, by = seed) => ({ type, revision, effectiveAt: recordedAt.slice(0, 10), recordedAt, ...by });
const planner = { actor: 'pia.planner', role: 'planner' };

const nojdhetBase = {
  indicatorId: 'sn-nojdhet-omsorg',
  name: 'Andel nöjda personer och anhöriga inom omsorgen',
  description: 'Andel nöjda personer respektive anhöriga i förhållande till beslutade insatser.',
  unit: 'percent',
  direction: 'increase',
  measurementMethod: 'webbenkät',
  dataSource: 'Socialtjänstens brukarundersökning',
  koladaKpiId: 'U21468',
  definitionVersion: 2,
  tolerance: 2,
  revision: 5,
  goals: [{ goalId: 'goal-effect-1', committeeId: 'socialnamnden' }],
  targetCount: 1,
  measurementCount: 2,
} as const satisfies IndicatorSummary;

/** `GET /api/indicators`: the satisfaction indicator and one without Kolada id, targets or outcomes. */
export const sampleIndicatorList: IndicatorSummary[] = [
  nojdhetBase,
  {
    indicatorId: 'sn-besvarsarenden',
    name: 'Besvärsärenden där beslutet ändrats',
    description: null,
    unit: 'count',
    direction: 'decrease',
    measurementMethod: 'intern statistik',
    dataSource: 'Socialtjänstens ärendestatistik',
    koladaKpiId: null,
    definitionVersion: 1,
    tolerance: 0,
    revision: 1,
    goals: [{ goalId: 'goal-effect-7', committeeId: 'socialnamnden' }],
    targetCount: 0,
    measurementCount: 0,
  },
];

const target2005 = { year: 2005, comparator: 'at-least', value: 75, baseline: null, definitionVersion: 1, reason: null } as const;
const outcome2005 = { value: 73, breakdown: null, source: 'Brukarundersökning 2005', definitionVersion: 1, reason: null } as const;
const outcome2006 = { value: 81, breakdown: { women: 83, men: 79 }, source: 'Webbenkät 2006', definitionVersion: 2, reason: null } as const;
const v1 = { description: nojdhetBase.description, unit: 'percent', direction: 'increase', dataSource: nojdhetBase.dataSource, koladaKpiId: 'U21468' } as const;

/** `GET /api/indicators/sn-nojdhet-omsorg`. */
export const sampleIndicatorDetails: IndicatorDetails = {
  ...nojdhetBase,
  definitions: [
    { ...v1, measurementMethod: 'brukarundersökning', version: 1, reason: null, changes: [], event: at(0, 'IndicatorDefined', '2026-11-22T20:56:41.000Z') },
    {
      ...v1,
      measurementMethod: 'webbenkät',
      version: 2,
      reason: 'Brukarundersökningen görs som webbenkät från 2006',
      changes: [{ field: 'measurementMethod', from: 'brukarundersökning', to: 'webbenkät' }],
      event: { type: 'IndicatorDefinitionRevised', revision: 3, effectiveAt: '2006-01-01', recordedAt: '2026-11-23T09:15:00.000Z', actor: 'admin', role: 'admin' },
    },
  ],
  targets: [{ year: 2005, current: { ...target2005, event: at(2, 'TargetSet', '2026-11-22T20:56:41.000Z') }, history: [{ ...target2005, event: at(2, 'TargetSet', '2026-11-22T20:56:41.000Z') }] }],
  measurements: [
    { period: '2005', current: { ...outcome2005, event: at(4, 'MeasurementRecorded', '2026-11-23T09:00:00.000Z', planner) }, history: [{ ...outcome2005, event: at(4, 'MeasurementRecorded', '2026-11-23T09:00:00.000Z', planner) }] },
    { period: '2006', current: { ...outcome2006, event: at(5, 'MeasurementRecorded', '2026-11-23T09:20:00.000Z', planner) }, history: [{ ...outcome2006, event: at(5, 'MeasurementRecorded', '2026-11-23T09:20:00.000Z', planner) }] },
  ],
};

const ref = (revision: number, type: string) => ({ type, revision, effectiveAt: '2026-11-23', recordedAt: '2026-11-23T09:00:00.000Z' });

/** `GET /api/indicators/sn-nojdhet-omsorg/series`: 2005 comparable, 2006 across the definition change. */
export const sampleSeries: IndicatorSeries = {
  indicatorId: nojdhetBase.indicatorId,
  name: nojdhetBase.name,
  unit: 'percent',
  direction: 'increase',
  definitionVersion: 2,
  tolerance: 2,
  points: [
    {
      period: '2005',
      year: 2005,
      kind: 'year',
      target: { ...target2005, event: ref(2, 'TargetSet'), unit: 'percent', history: [{ ...target2005, event: ref(2, 'TargetSet') }] },
      outcome: { ...outcome2005, event: ref(4, 'MeasurementRecorded'), period: '2005', unit: 'percent', history: [{ ...outcome2005, event: ref(4, 'MeasurementRecorded') }] },
      acrossDefinitionChange: false,
    },
    {
      period: '2006',
      year: 2006,
      kind: 'year',
      target: { ...target2005, year: 2006, value: 78, event: ref(6, 'TargetSet'), unit: 'percent', history: [] },
      outcome: { ...outcome2006, event: ref(5, 'MeasurementRecorded'), period: '2006', unit: 'percent', history: [{ ...outcome2006, event: ref(5, 'MeasurementRecorded') }] },
      acrossDefinitionChange: true,
    },
  ],
  definitionChanges: [
    {
      version: 2,
      effectiveAt: '2006-01-01',
      recordedAt: '2026-11-23T09:15:00.000Z',
      reason: 'Brukarundersökningen görs som webbenkät från 2006',
      changes: [{ field: 'measurementMethod', from: 'brukarundersökning', to: 'webbenkät' }],
    },
  ],
};

/** `GET /api/goals/goal-effect-1/history`, cut to what naming a linked goal reads. */
export const sampleLinkedGoalHistory = {
  goalId: 'goal-effect-1',
  entries: [
    {
      change: 'added',
      committeeId: 'socialnamnden',
      year: 2005,
      goal: { goalId: 'goal-effect-1', kind: 'effect', number: 1, text: 'Andelen nöjda personer ska öka till 75 %.', measurementMethod: 'brukarundersökning', focusAreaId: null, revision: 0, carriedFrom: null },
      reason: 'Import av källdokumentet socialnamndens-mal-2005.txt',
      decisionRef: null,
      actor: 'system:seed',
      role: 'system',
      effectiveAt: '2005-01-01',
      recordedAt: '2026-11-22T20:56:41.000Z',
      streamId: 'plan-socialnamnden-2005',
      streamRevision: 7,
    },
  ],
  ancestors: [],
  descendants: [],
};

const grey = (goalId: string, number: number, text: string) => ({
  goalId,
  year: 2005,
  status: 'grey' as const,
  rule: 'inga indikatorer kopplade till målet → grå',
  rules: [],
  indicators: [],
  kind: 'effect' as const,
  number,
  text,
  focusAreaId: null,
});

/** `GET /api/committees/socialnamnden/follow-up/2005`: one goal red by its indicator, one without indicators. */
export const sampleFollowUp: CommitteeFollowUp = {
  committeeId: 'socialnamnden',
  year: 2005,
  planStatus: 'draft',
  goals: [
    {
      ...grey('goal-effect-1', 1, 'Andelen nöjda personer ska öka till 75 %.'),
      status: 'red',
      rule: 'sämsta färgen bland 1 bedömda av 1 kopplade indikatorer → röd',
      rules: ['Nöjdhet: utfall 70 % < målvärde 75 % − tolerans 2 → röd'],
      indicators: [
        {
          indicatorId: 'sn-nojdhet-omsorg',
          name: 'Nöjdhet',
          year: 2005,
          status: 'red',
          greyReason: null,
          rule: 'utfall 70 % < målvärde 75 % − tolerans 2 → röd',
          target: { ...target2005, event: ref(2, 'TargetSet') },
          outcome: { ...outcome2005, value: 70, period: '2005', event: ref(4, 'MeasurementRecorded') },
          tolerance: 2,
          level: 75,
        },
      ],
    },
    grey('goal-effect-7', 7, 'Beslut ska vara välgrundade och korrekta.'),
  ],
  counts: { green: 0, yellow: 0, red: 1, grey: 1 },
};

/** `POST /api/measurements/import?dryRun=…` for a small file: one outcome for N00001, one unknown KPI. */
export function sampleKoladaImportResult(dryRun: boolean): KoladaImportResult {
  return {
    dryRun,
    fileName: 'kolada-nacka.json',
    sha256: '668bce8836d159e591eaa13fe325a3633cfd1b8809727622fd5c763b3ff9aba5',
    bytes: 239,
    municipality: '0182',
    rowsRead: 2,
    measurementsWritten: 1,
    recorded: 1,
    corrected: 0,
    unchanged: 0,
    skipped: { unknownKpi: 1, otherMunicipality: 0, nullValues: 0, duplicates: 0, withoutTotal: 0 },
    unknownKpis: ['N00002'],
    indicatorsTouched: ['invanare'],
    eventsWritten: dryRun ? 0 : 1,
    position: dryRun ? null : '50',
    durationMs: 9,
  };
}

/** The API's refusal of a file whose second entry has a text where a number belongs. */
export const sampleMalformedKoladaAnswer = {
  statusCode: 400,
  error: 'Bad Request',
  message: 'The Kolada file is not valid: line 3, values[1].values[0].value: expected a finite number or null, got "x"',
  issues: [{ path: ['values', 1, 'values', 0, 'value'], message: 'line 3: expected a finite number or null, got "x"' }],
  details: { line: 3, path: 'values[1].values[0].value', problem: 'shape' },
};
