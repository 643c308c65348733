import { readMarker } from '../lines/markers';
import type { SourceLine } from '../lines/normalize-lines';
import { newDetail, warn, type GoalDraft, type ParseState } from '../parse/parse-state';
import { closeGoal, openSection, startGoal } from '../parse/section-ops';
import { cellAt, readTableHeader, type TableLayout } from './table-header';

/**
 * A tab-separated row. A header row ("Nämndmål / Indikator / Målvärde 2023") sets the columns; each
 * later row is a goal with its method and target, or, when its goal cell is empty (a merged cell
 * in Word), one more indicator of the goal above. Returns false for a row outside any known table,
 * which the caller then reads as one ordinary line.
 */
export function onTableRow(state: ParseState, line: SourceLine, cells: readonly string[]): boolean {
  const header = readTableHeader(cells);
  if (header) {
    startTable(state, line, header);
    return true;
  }
  const table = state.table;
  if (!table) return false;
  if (table.goal === null) {
    if (state.goal) addCells(state.goal, line, cells, table);
    return true;
  }
  const text = cellAt(cells, table.goal);
  if (text === '') {
    if (state.goal) addCells(state.goal, line, cells, table);
    else warn(state, line.number, 'table row with an empty goal cell and no goal above it: ignored');
    return true;
  }
  const marker = readMarker(text);
  const numbered = marker?.type === 'number' || marker?.type === 'letter' ? marker : null;
  const number = cellAt(cells, table.number).replace(/[.):]$/u, '') || numbered?.label || null;
  const statement = numbered ? numbered.rest : text;
  const goal = startGoal(state, line, statement, { number, marked: true, kind: table.kind });
  addCells(goal, line, cells, table);
  return true;
}

function startTable(state: ParseState, line: SourceLine, header: TableLayout): void {
  if (header.goal === null) {
    // An indicator table under a goal: its rows add methods and targets to that goal.
    if (!state.goal) warn(state, line.number, 'indicator table with no goal above it: its rows are ignored');
    state.open = null;
    state.mode = 'indicators';
  } else {
    closeGoal(state);
    const section = state.section;
    const fits = section && (section.kind === 'focus-area' || section.kind === header.kind);
    if (!fits) openSection(state, header.kind, line, null);
    state.mode = 'goals';
  }
  state.table = header;
}

function addCells(goal: GoalDraft, line: SourceLine, cells: readonly string[], table: TableLayout): void {
  const method = cellAt(cells, table.method);
  const target = cellAt(cells, table.target);
  if (method !== '') goal.details.push(newDetail(line, method, 'method'));
  if (target !== '') goal.details.push(newDetail(line, target, 'target'));
  goal.lastLine = line.number;
}
