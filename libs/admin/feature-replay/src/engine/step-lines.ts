import { isLineageStream } from '@goaltrail/goals-domain';
import { changeKindOf, numberField, relationField, textField, unpackLabel } from './event-fields';
import type { ReplayLog } from './replay-log';
import type { StepLine } from './replay-types';

/** Names step `index` from the event and what the fold kept for it; no folding needed. */
export function stepLine(log: ReplayLog, index: number): StepLine | null {
  const event = log.events[index];
  if (!event) return null;
  const change = changeKindOf(event.type);
  const track = log.plans[log.changedPlan[index] ?? -1];
  const lineage = isLineageStream(event.streamId);
  const committeeId = track?.committeeId ?? committeeOfStream(event.streamId);
  return {
    index,
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    change,
    committeeId,
    year: lineage ? numberField(event, 'toYear') : (track?.year ?? null),
    goal: unpackLabel(log.goal[index], log.goalArea[index] ?? null),
    fromGoal: unpackLabel(log.fromGoal[index], log.fromGoalArea[index] ?? null),
    fromYear: lineage ? numberField(event, 'fromYear') : null,
    title: titleOf(log, index),
    carriedFrom: numberField(event, change === 'plan-drafted' ? 'carriedForwardFrom' : 'fromYear'),
    relation: lineage ? relationField(event) : null,
    decisionRef: textField(event, 'decisionRef') ?? event.metadata.decisionRef ?? null,
    effectiveAt: event.metadata.effectiveAt,
    recordedAt: event.metadata.recordedAt,
  };
}

/** The steps around `index`, `radius` on each side. */
export function neighbourLines(log: ReplayLog, index: number, radius: number): StepLine[] {
  const lines: StepLine[] = [];
  const last = Math.min(log.events.length - 1, index + radius);
  for (let at = Math.max(0, index - radius); at <= last; at += 1) {
    const line = stepLine(log, at);
    if (line) lines.push(line);
  }
  return lines;
}

function titleOf(log: ReplayLog, index: number): string | null {
  const event = log.events[index];
  if (!event) return null;
  switch (event.type) {
    case 'FocusAreaAdded':
    case 'FocusAreaRevised':
      return textField(event, 'title');
    case 'FocusAreaRemoved':
      return log.removedAreaTitles.get(index) ?? null;
    case 'CommitteeRegistered':
      return textField(event, 'name');
    default:
      return null;
  }
}

function committeeOfStream(streamId: string): string | null {
  const prefix = ['committee-', 'lineage-'].find((candidate) => streamId.startsWith(candidate));
  return prefix ? streamId.slice(prefix.length) : null;
}
