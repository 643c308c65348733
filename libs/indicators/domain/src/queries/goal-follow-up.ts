import type { IndicatorState } from '../indicators/indicator.state';
import { followUpStatus, type IndicatorYearStatus } from './follow-up-status';
import { colourNames, type StatusColour } from './status-text';

/** A goal's follow-up of one year, from all the indicators linked to it. */
export type GoalYearStatus = {
  readonly goalId: string;
  readonly year: number;
  readonly status: StatusColour;
  /** How the goal's colour was derived from its indicators'. */
  readonly rule: string;
  /** Each indicator's rule, prefixed with its name, in the order of `indicators`. */
  readonly rules: readonly string[];
  readonly indicators: readonly IndicatorYearStatus[];
};

const severity: Record<StatusColour, number> = { grey: 0, green: 1, yellow: 2, red: 3 };

/**
 * The worst colour of the goal's linked indicators wins (red over yellow over green). Grey ones
 * say nothing about the goal, so they are left out, and the goal is grey only when every linked
 * indicator is grey or none is linked. `indicators` may hold any indicators: those not linked to
 * the goal are ignored, so a caller can pass a committee's whole set.
 */
export function goalFollowUpStatus(
  goalId: string,
  year: number,
  indicators: readonly IndicatorState[],
): GoalYearStatus {
  const statuses = indicators
    .filter((indicator) => indicator.links.some((link) => link.goalId === goalId))
    .map((indicator) => followUpStatus(indicator, year));
  const status = statuses.reduce<StatusColour>(
    (worst, next) => (severity[next.status] > severity[worst] ? next.status : worst),
    'grey',
  );
  return {
    goalId,
    year,
    status,
    rule: goalRule(statuses, status),
    rules: statuses.map((s) => `${s.name}: ${s.rule}`),
    indicators: statuses,
  };
}

function goalRule(statuses: readonly IndicatorYearStatus[], status: StatusColour): string {
  if (statuses.length === 0) return `inga indikatorer kopplade till målet → ${colourNames.grey}`;
  const greys = statuses.filter((s) => s.status === 'grey').length;
  const linked = statuses.length;
  if (greys === linked) return `alla ${linked} kopplade indikatorer är grå → ${colourNames.grey}`;
  const skipped = greys > 0 ? ' (grå räknas inte)' : '';
  return `sämsta färgen bland ${linked - greys} bedömda av ${linked} kopplade indikatorer${skipped} → ${colourNames[status]}`;
}
