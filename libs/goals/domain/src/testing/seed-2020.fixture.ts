import { committeeId } from './seed-2005.fixture';
import type { EventLog } from './event-log.fixture';

// Socialnämndens mål 2020 (../shared/seeds/socialnamndens-mal-2020.txt): council focus areas with
// their description bullets (line-break hyphenation joined), and the committee's goals under each.
const areas = [
  {
    focusAreaId: 'attraktiv',
    title: 'En attraktiv och växande kommun',
    description: [
      'Där människor vill bo och stanna kvar, dit besökare vill och där företagandet växer',
      'Där bostadsbyggandet och befolkning ökar',
      'Vi skapar intryck och avtryck i konkurrens, vi upplever utveckling och satsning på arbetsmarknad, kommunikation, kultur och fritidsutbud',
    ],
    goals: ['Socialnämnden är en attraktiv arbetsgivare som tillhandahåller tjänster av god kvalitet'],
  },
  {
    focusAreaId: 'hallbar',
    title: 'En hållbar kommun',
    description: [
      'Där vi finner lösningar för tillväxt, där exploatera och bevara växer tillsammans',
      'Där människor är sedda, inkluderade och engagerade, hälsa och välmående, balanserad demografi, mångfald och alla människors lika värde',
      'Där äldre och funktionsvarierade ges trygghet, service och värdighet för ett gott liv',
      'Där vi har ett effektivt resursutnyttjandet, ej skadar miljön, är långsiktiga och tänker på kommande generationer',
    ],
    goals: ['Socialnämnden effektiviserar verksamheten och utvecklar användandet av välfärdsteknik.'],
  },
  {
    focusAreaId: 'larande',
    title: 'En lärande kommun',
    description: [
      'Där alla ges förutsättningar för framtiden',
      'Där skola, akademi och näringsliv möts i nätverk och science parks',
      'Där den kommunala organisationen, förtroendevalda och medarbetare utvecklas med samtidens krav, behov och utmaningar genom anpassningsbarhet och förändring',
    ],
    goals: [
      'Socialnämnden samverkar aktivt med skolor, universitet och andra vårdgivare, huvudmän och civilsamhället',
      'Socialnämnden har en innovativ socialtjänst som kännetecknas av delaktighet och ständig förbättring',
    ],
  },
  {
    focusAreaId: 'oppen',
    title: 'En öppen kommun',
    description: [
      'Där vi uppfattas som transparenta, inkluderande, inbjudande lyssnande och tillgängliga',
      'Delaktig, påverkan, inflytande, demokratisk, inbjudande, lyssnande, nyfiken.',
      'Omfamna olikheter, släppa in olika perspektiv, förutsägbarhet',
    ],
    goals: ['Socialnämnden ska ha en tydlig och förståelig myndighetsutövning'],
  },
];

/** Goal id of the 2020 goal number `n` under focus area `areaId`. */
export function id2020(areaId: string, n: number): string {
  return `sn2020-${areaId}-${n}`;
}

/** The 2020 wording of goal `n` under `areaId`. */
export function text2020(areaId: string, n: number): string {
  return areas.find((area) => area.focusAreaId === areaId)?.goals[n - 1] ?? '';
}

/** Records Socialnämnden's 2020 plan as adopted (the committee must be registered). */
export function seed2020(log: EventLog): void {
  const at = {
    recordedAt: '2026-01-10T10:00:00Z',
    effectiveAt: '2020-01-01',
    actor: 'importer',
    role: 'admin',
  };
  log.run({ type: 'DraftPlan', committeeId, year: 2020 }, at);
  for (const area of areas) {
    const { goals, ...fields } = area;
    log.run({ type: 'AddFocusArea', committeeId, year: 2020, ...fields }, at);
    goals.forEach((text, i) =>
      log.run(
        {
          type: 'AddGoal',
          committeeId,
          year: 2020,
          goalId: id2020(area.focusAreaId, i + 1),
          kind: 'committee',
          number: i + 1,
          text,
          focusAreaId: area.focusAreaId,
        },
        at,
      ),
    );
  }
  log.run(
    { type: 'AdoptPlan', committeeId, year: 2020, decisionRef: 'SN 2019 § 150', decidedOn: '2019-11-26' },
    at,
  );
}
