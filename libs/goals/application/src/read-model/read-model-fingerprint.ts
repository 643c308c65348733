import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from '@goaltrail/event-store-port';
import type { GoalsReadModel } from './goals-read-model';

/**
 * sha256 of the model's answers in canonical JSON: committees, every plan's summary and current
 * view, every committee's resolved lineage and the goal index. Two models built from the same log
 * (live and rebuilt from zero) must have the same fingerprint; the checkpoint is not part of it.
 */
export function readModelFingerprint(model: GoalsReadModel): string {
  const committees = model.committeeIds().map((committeeId) => ({
    committee: model.committee(committeeId),
    plans: model.plans(committeeId).map((summary) => ({
      summary,
      view: model.currentView(committeeId, summary.year),
    })),
    lineage: model.resolvedLineage(committeeId),
  }));
  const answers = { committees, goals: model.goalIndexSnapshot() };
  // The answers are plain data already; the round trip only drops `undefined` the way JSON does.
  const canonical = canonicalJson(JSON.parse(JSON.stringify(answers)) as JsonValue);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
