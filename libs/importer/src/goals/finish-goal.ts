import { joinWrapped } from '../lines/join-wrapped';
import type { DetailDraft, GoalDraft } from '../parse/parse-state';
import { quote } from '../parse/parse-state';
import type { PreviewGoal, PreviewTarget, PreviewWarning } from '../preview';
import { cleanMethod, splitTrailingMethod } from './measurement-method';
import { findTarget } from './target';

type Reading = { methods: string[]; targets: { target: PreviewTarget; line: number }[] };

const targetLabelInside = /(?<![\p{L}])(?:målvärde|målnivå)(?![\p{L}])(?:\s+(?:19|20)\d{2})?\s*:?/iu;

/**
 * Builds the preview of one goal: joins its statement, takes "(Mäts genom …)" off the end, and reads
 * methods and targets from its detail lines. A target stated on its own line wins over one inside the
 * statement. Returns null (with a warning) for a goal with no statement.
 */
export function finishGoal(goal: GoalDraft, warnings: PreviewWarning[]): PreviewGoal | null {
  const { text, method } = splitTrailingMethod(joinWrapped(goal.statement.parts));
  const label = goal.number === null ? 'the goal' : `goal ${goal.number}`;
  if (text === '') {
    warnings.push({ line: goal.firstLine, message: `${label} has no statement: left out` });
    return null;
  }
  const reading: Reading = { methods: method ? [method] : [], targets: [] };
  for (const detail of goal.details) readDetail(detail, reading, warnings);
  if (reading.targets.length === 0) {
    const inStatement = findTarget(text, 'statement');
    if (inStatement) reading.targets.push({ target: inStatement.target, line: goal.statement.firstLine });
  }
  for (const extra of reading.targets.slice(1)) {
    warnings.push({ line: extra.line, message: `${label} has more than one target: the preview keeps the first` });
  }
  const methods = [...new Set(reading.methods.filter((name) => name !== ''))];
  return {
    number: goal.number,
    text,
    kind: goal.kind,
    measurementMethod: methods.length > 0 ? methods.join('; ') : null,
    target: reading.targets[0]?.target ?? null,
    sourceLines: [goal.firstLine, goal.lastLine],
  };
}

function readDetail(detail: DetailDraft, reading: Reading, warnings: PreviewWarning[]): void {
  const text = joinWrapped(detail.parts);
  const line = detail.firstLine;
  if (text === '') return;
  switch (detail.kind) {
    case 'method':
      reading.methods.push(cleanMethod(text));
      return;
    case 'target':
      return readLabelledTarget(text, line, reading, warnings);
    case 'criterion': {
      const found = findTarget(text, 'statement');
      if (found) reading.targets.push({ target: found.target, line });
      else warnings.push({ line, message: `no target value in the criterion ${quote(text)}` });
      return;
    }
    case 'indicator':
      return readIndicator(text, line, reading, warnings);
    default: {
      const exhaustive: never = detail.kind;
      return exhaustive;
    }
  }
}

/** "Andel nöjda brukare. Minst 90 %" → method "Andel nöjda brukare", target at least 90 %. */
function readIndicator(text: string, line: number, reading: Reading, warnings: PreviewWarning[]): void {
  const label = targetLabelInside.exec(text);
  if (label && label.index > 0) {
    reading.methods.push(cleanMethod(text.slice(0, label.index)));
    return readLabelledTarget(text.slice(label.index + label[0].length), line, reading, warnings);
  }
  const found = findTarget(text, 'statement');
  reading.methods.push(cleanMethod(found ? text.slice(0, found.start) : text));
  if (found) reading.targets.push({ target: found.target, line });
}

function readLabelledTarget(text: string, line: number, reading: Reading, warnings: PreviewWarning[]): void {
  const found = findTarget(text, 'labelled');
  if (found) reading.targets.push({ target: found.target, line });
  else warnings.push({ line, message: `could not read a target value from ${quote(text.trim())}` });
}
