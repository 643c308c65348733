import type { DetailLine } from '../goals/detail-lines';
import type { SourceLine } from '../lines/normalize-lines';
import { newDraft, quote, warn, type ParseState } from './parse-state';
import { addListDetail } from './section-ops';

const names: Record<DetailLine['kind'], string> = {
  method: 'measurement method',
  indicator: 'indicator',
  target: 'target',
  achievement: '"Målet är uppnått när"',
};

/** A method, indicator, target or achievement line belongs to the goal above it. */
export function onDetail(state: ParseState, line: SourceLine, detail: DetailLine): void {
  const goal = state.goal;
  if (!goal) {
    warn(state, line.number, `${names[detail.kind]} line ${quote(line.text)} with no goal above it: ignored`);
    state.open = { draft: newDraft(line, line.text), role: 'ignored' };
    return;
  }
  if (detail.kind === 'achievement' && detail.text === '') {
    // "Målet är uppnått när:" — the criteria follow as a list ("A." / "B." or bullets).
    goal.lastLine = line.number;
    state.mode = 'criteria';
    state.open = null;
    return;
  }
  addListDetail(state, line, detail.text, detail.kind === 'achievement' ? 'criterion' : detail.kind);
}
