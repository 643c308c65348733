import type { GoalKind } from '@goaltrail/goals-domain';

/**
 * How a section of a goal document is read: a council focus area (strategiskt inriktningsområde)
 * holding committee goals, or a list of goals of one kind.
 */
export const sectionKinds = ['focus-area', 'directional', 'effect', 'committee'] as const;
export type SectionKind = (typeof sectionKinds)[number];

/**
 * How a target value relates to the outcome:
 * `at-least` (minst, ska öka till, ≥), `at-most` (högst, ska minska till, ≤),
 * `more-than` (mer än, över, >), `less-than` (mindre än, under, <),
 * `equal` (a value with no direction: "Målvärde: 85 %", "ska vara 100 %"),
 * `increase-by` / `decrease-by` (a change: "ska öka med 5 %", "minska med 10 dagar").
 */
export const targetComparators = [
  'at-least',
  'at-most',
  'more-than',
  'less-than',
  'equal',
  'increase-by',
  'decrease-by',
] as const;
export type TargetComparator = (typeof targetComparators)[number];

/**
 * Units the importer recognises after a value (%, procent, procentenheter, kr, dagar, …).
 * A value with no recognised unit (a count, a score such as NKI 4,5) has unit null.
 */
export const targetUnits = [
  'percent',
  'percentage-points',
  'sek',
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'minutes',
] as const;
export type TargetUnit = (typeof targetUnits)[number];

/** A target value (målvärde) read from the document; decimal commas are read as decimals. */
export type PreviewTarget = {
  value: number;
  unit: TargetUnit | null;
  comparator: TargetComparator;
};

/** One goal as the document states it. */
export type PreviewGoal = {
  /** The goal's number as written ("1", "1.1", "1:2", "A"), without the trailing dot; null if unnumbered. */
  number: string | null;
  /** The statement, joined across wrapped lines and hyphenated words, without "(Mäts genom …)". */
  text: string;
  kind: GoalKind;
  /** "Mäts genom …" (without the wrapper) and indicator names, joined with "; "; null if none. */
  measurementMethod: string | null;
  target: PreviewTarget | null;
  /** First and last 1-based line the goal was read from, its method and target lines included. */
  sourceLines: [number, number];
};

/** One section: a focus area with its description bullets, or a kind heading with its goals. */
export type PreviewSection = {
  kind: SectionKind;
  /** A focus area's title, or a sub-heading; null for a bare "Inriktningsmål"/"Effektmål" heading. */
  title: string | null;
  /** Description items ("Beskrivning" bullets or paragraphs), each joined across wrapped lines. */
  description: string[];
  goals: PreviewGoal[];
};

/** Something the importer could not read with certainty; line is null for the document as a whole. */
export type PreviewWarning = { line: number | null; message: string };

/** What the importer read from a goal document, for a planner to check before it is committed. */
export type GoalDocumentPreview = {
  /** The committee named by the document (or given by the caller); null if neither names one. */
  committee: string | null;
  /** Only when the document names it (e.g. a letterhead); never guessed. */
  municipality: string | null;
  /** The plan year from the title (or given by the caller, or from the file name); null if unknown. */
  year: number | null;
  sections: PreviewSection[];
  warnings: PreviewWarning[];
};

/** What the caller knows about the document besides its text. */
export type ParseOptions = {
  /** Used for the year when the text names none, and named in warnings. */
  fileName?: string;
  /** Overrides the committee the document names (a warning says so when they differ). */
  committee?: string;
  /** Overrides the year the document names (a warning says so when they differ). */
  year?: number;
};
