import type { AddGoal } from '../plans/commands/add-goal';
import type { EventLog } from './event-log.fixture';

/** The committee both seed documents belong to. */
export const committeeId = 'socialnamnden';

// Socialnämndens mål 2005 (../shared/seeds/socialnamndens-mal-2005.txt), goal by goal.
const directional = [
  'Medborgarna i Nacka som behöver social omsorg ska erbjudas sådan med god kvalitet med möjlighet till valfrihet.',
  'Medborgare med behov av ekonomiskt bistånd ska stärkas till egen försörjning och ett självständigt liv.',
  'De värderingar som ligger till grund för kommunens prioriteringar inom socialtjänsten ska göras tydliga för Nackaborna.',
  'Kommunen ska verka för en minskning av alkoholkonsumtionen och förebygga alkohol och drogmissbruk.',
  'Genom ökad samverkan med andra samhällsaktörer, såsom sjukvård, frivillighetsorganisationer och försäkringskassan, ska resurserna användas mer effektivt.',
  'Medborgarna ska anse att Nacka är en trygg och säker kommun för de personer som hamnar i sociala svårigheter.',
];

const effect: [string, string | null][] = [
  [
    'Andelen nöjda personer respektive anhöriga inom handikapp- och övriga omsorger ska öka till 75 %, i förhållande till beslutade insatser.',
    'brukarundersökning',
  ],
  [
    'För varje individuellt ärende ska finnas mål och göras regelbunden uppföljning.',
    'intern statistik/uppföljning',
  ],
  [
    'Antalet ungdomar som prövar droger ska minska och ungdomars debutålder för alkohol skall höjas.',
    'skolenkäter',
  ],
  [
    'Medborgarna i Nacka kommun ska anse att socialtjänstens service och tillgänglighet är god.',
    'brukarundersökning',
  ],
  [
    'Arbete med att ta fram en modell för uppföljning av effektivitet och kvalitet i användandet av resurser med hjälp av samverkan mellan samhällsaktörer, ska påbörjas under året.',
    null,
  ],
  [
    'Under året ska möjlighet att göra egna val inom socialnämndens ansvarsområde öka genom att kundval införs där så är möjligt.',
    null,
  ],
  ['Beslut ska vara välgrundade och korrekta.', 'att följa upp besvärsärenden'],
];

/** Goal ids of the 2005 plan: `im<n>` inriktningsmål, `em<n>` effektmål. */
export const ids2005 = {
  im: (n: number) => `sn2005-im${n}`,
  em: (n: number) => `sn2005-em${n}`,
};

/** The wording of 2005 inriktningsmål `n`. */
export function directional2005(n: number): string {
  return directional[n - 1] ?? '';
}

/** Registers Socialnämnden and records its 2005 plan as adopted. */
export function seed2005(log: EventLog): void {
  const at = {
    recordedAt: '2026-01-10T09:00:00Z',
    effectiveAt: '2005-01-01',
    actor: 'importer',
    role: 'admin',
  };
  log.run(
    { type: 'RegisterCommittee', committeeId, name: 'Socialnämnden', municipality: 'Nacka kommun' },
    at,
  );
  log.run({ type: 'DraftPlan', committeeId, year: 2005 }, at);
  const goal = (
    id: string,
    kind: AddGoal['kind'],
    n: number,
    text: string,
    method: string | null,
  ): AddGoal => ({
    type: 'AddGoal',
    committeeId,
    year: 2005,
    goalId: id,
    kind,
    number: n,
    text,
    measurementMethod: method,
  });
  directional.forEach((text, i) => log.run(goal(ids2005.im(i + 1), 'directional', i + 1, text, null), at));
  effect.forEach(([text, method], i) => log.run(goal(ids2005.em(i + 1), 'effect', i + 1, text, method), at));
  log.run(
    { type: 'AdoptPlan', committeeId, year: 2005, decisionRef: 'SN 2004 § 200', decidedOn: '2004-12-14' },
    at,
  );
}
