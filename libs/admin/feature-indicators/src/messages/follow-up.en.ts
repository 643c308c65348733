import type { MessageTree } from '@goaltrail/admin-util';

/** The follow-up view in English. */
export const followUpEn: MessageTree = {
  title: 'Follow-up',
  lead: "How the committee's goals stand in a year, from the indicators linked to them. The rule behind each colour is shown beside it.",
  heading: '{committee}: follow-up {year}',
  legend: 'Which follow-up?',
  committee: 'Committee',
  year: 'Year',
  chooseCommittee: 'Choose a committee',
  chooseYear: 'Choose a year',
  show: 'Show',
  empty: 'Choose a committee and a year',
  emptyText: 'The follow-up shows every goal with a green, yellow, red or grey status and the rule that gave it.',
  counts: 'Goals per status',
  goal: '{kind} {number}',
  rule: 'Rule',
  indicators: "The indicators' rules",
  noIndicators: 'No indicators are linked.',
  status: { green: 'Green', yellow: 'Yellow', red: 'Red', grey: 'Grey' },
  statusHelp: { green: 'goal met', yellow: 'close, within the tolerance', red: 'goal not met', grey: 'cannot be judged' },
};
