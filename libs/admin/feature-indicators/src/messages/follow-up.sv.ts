import type { MessageTree } from '@goaltrail/admin-util';

/** The follow-up view in Swedish. */
export const followUpSv: MessageTree = {
  title: 'Uppföljning',
  lead: 'Hur nämndens mål står ett år, utifrån indikatorerna som är kopplade till dem. Regeln bakom varje färg visas bredvid.',
  heading: '{committee}: uppföljning {year}',
  legend: 'Vilken uppföljning?',
  committee: 'Nämnd',
  year: 'År',
  chooseCommittee: 'Välj nämnd',
  chooseYear: 'Välj år',
  show: 'Visa',
  empty: 'Välj nämnd och år',
  emptyText: 'Uppföljningen visar varje mål med grön, gul, röd eller grå status och regeln som gav den.',
  counts: 'Antal mål per status',
  goal: '{kind} {number}',
  rule: 'Regel',
  indicators: 'Indikatorernas regler',
  noIndicators: 'Inga indikatorer är kopplade.',
  status: { green: 'Grön', yellow: 'Gul', red: 'Röd', grey: 'Grå' },
  statusHelp: { green: 'målet nås', yellow: 'nära, inom toleransen', red: 'målet nås inte', grey: 'kan inte bedömas' },
};
