import type { GoalKind } from '@goaltrail/goals-domain';

/**
 * The columns of a flattened table, found from its header row. A table with a goal column lists
 * goals; one without (only indicator and target columns) lists the indicators of the goal above it.
 */
export type TableLayout = {
  kind: GoalKind;
  goal: number | null;
  number: number | null;
  method: number | null;
  target: number | null;
};

const goalHeader = /^(?:(?:nämnd|effekt|inriktnings|verksamhets|övergripande |nämndens )?mål(?:et|en)?|målformulering)$/iu;
const numberHeader = /^(?:nr|nr\.|#|nummer)$/iu;
const methodHeader =
  /^(?:indikator(?:er)?|nyckeltal|mätetal|mått|styrtal|mäts genom|mätmetod|mätning|uppföljning|källa)$/iu;
const targetHeader = /^(?:målvärde|målnivå|mål)(?: (?:för )?(?:19|20)\d{2})?$|^(?:målvärde|målnivå) \S+$/iu;

/** Reads a header row; null unless at least two of its cells name known columns. */
export function readTableHeader(cells: readonly string[]): TableLayout | null {
  const layout: TableLayout = { kind: 'committee', goal: null, number: null, method: null, target: null };
  let known = 0;
  cells.forEach((cell, index) => {
    const header = cell.replace(/:$/u, '').trim();
    if (header.length > 40) return;
    if (layout.goal === null && goalHeader.test(header)) {
      layout.goal = index;
      layout.kind = kindOf(header);
    } else if (layout.number === null && numberHeader.test(header)) {
      layout.number = index;
    } else if (layout.method === null && methodHeader.test(header)) {
      layout.method = index;
    } else if (layout.target === null && targetHeader.test(header)) {
      layout.target = index;
    } else {
      return;
    }
    known += 1;
  });
  const hasSubject = layout.goal !== null || layout.method !== null;
  return known >= 2 && hasSubject ? layout : null;
}

function kindOf(header: string): GoalKind {
  const lower = header.toLowerCase();
  if (lower.startsWith('inriktnings')) return 'directional';
  if (lower.startsWith('effekt')) return 'effect';
  return 'committee';
}

/** The trimmed cell at a column, or '' when the row is shorter. */
export function cellAt(cells: readonly string[], column: number | null): string {
  return column === null ? '' : (cells[column] ?? '').trim();
}
