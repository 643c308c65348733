import type { GoalKind } from '@goaltrail/goals-domain';
import { readCommitteeName, readYears } from '../header/document-title';
import { startsUpper } from '../lines/continuation';

/** A line that starts a section or a part of one. */
export type Heading =
  /** "Inriktningsmål", "Effektmål", "Socialnämndens mål:", "Nämndmål 2021". */
  | { type: 'goals'; kind: GoalKind; committee: string | null; year: number | null }
  /** "Kommunfullmäktiges strategiska inriktningsområde:", "Målområde 1: Trygghet", "Perspektiv: Medborgare". */
  | { type: 'focus-area'; title: string | null }
  /** "Beskrivning", optionally with the first item inline after a colon. */
  | { type: 'description'; text: string | null }
  /** "Indikatorer", "Nyckeltal:" with nothing after: the indicators of the goal above follow. */
  | { type: 'indicators' };

// An optional possessive ("Socialnämndens", "Kultur- och fritidsnämndens") and an optional year.
const owner = String.raw`(?:(?:\p{L}{1,30}- och )?\p{L}{1,40}s )?`;
const yearAndColon = String.raw`(?: (?:för )?(?:19|20)\d{2})? ?:?`;
const directional = new RegExp(String.raw`^${owner}(?:övergripande |långsiktiga )?inriktningsmål(?:en)?${yearAndColon}$`, 'iu');
const effect = new RegExp(String.raw`^${owner}effektmål(?:en)?${yearAndColon}$`, 'iu');
const committeeGoals = new RegExp(
  String.raw`^(?:${owner}mål|nämndmål(?:en)?|verksamhetsmål(?:en)?|mål för \p{L}{0,40}nämnden|mål(?: och indikatorer)?)${yearAndColon}$`,
  'iu',
);
const focusArea =
  /^(?:kommunfullmäktiges )?(?:strategiska? )?(?:inriktningsområde|fokusområde|målområde|utvecklingsområde|prioriterat område|perspektiv)(?: \d{1,2})?(?: ?[:–-] ?(.*)| (\S.*))?$/iu;
const mentionsGoal = /mål/iu;
const description = /^beskrivning(?: ?: ?(.*))?$/iu;
const indicators = /^(?:indikatorer|indikator|nyckeltal|mätetal|mått|styrtal)(?: ?:)?$/iu;

/** Reads a heading; long lines are never headings, which also keeps every match cheap. */
export function detectHeading(text: string): Heading | null {
  if (text.length > 160) return null;
  const focus = focusArea.exec(text);
  // Checked outside the /i regex, where \p{Lu} would match lower case: "Perspektiv på …" is a sentence.
  if (focus && (focus[2] === undefined || startsUpper(focus[2]))) {
    return { type: 'focus-area', title: nonEmpty(focus[1] ?? focus[2]) };
  }
  const describe = description.exec(text);
  if (describe) return { type: 'description', text: nonEmpty(describe[1]) };
  if (indicators.test(text)) return { type: 'indicators' };
  const kind = goalKindOf(text);
  if (!kind) return null;
  return { type: 'goals', kind, committee: readCommitteeName(text), year: readYears(text)[0] ?? null };
}

function goalKindOf(text: string): GoalKind | null {
  // Every goals heading says "mål"; checking that first spares most lines three backtracking patterns.
  if (!mentionsGoal.test(text)) return null;
  if (directional.test(text)) return 'directional';
  if (effect.test(text)) return 'effect';
  if (committeeGoals.test(text)) return 'committee';
  return null;
}

function nonEmpty(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
