import type { IndicatorCommandOutcome, IndicatorsProjectionRunner } from '@goaltrail/indicators-application';
import type { Response } from 'express';

/** What every indicator write answers: where the change landed, and whether anything was recorded. */
export interface IndicatorWriteAnswer {
  indicatorId: string;
  streamId: string;
  revision: number | null;
  /** Null when nothing was recorded. */
  position: string | null;
  /** False for a repeat of what the indicator already holds: nothing was written. */
  changed: boolean;
}

/**
 * Waits until the indicators read model has applied the write, so a GET right after sees it (read-your-
 * writes). A repeat that recorded nothing answers 200 instead of the route's 201 when given the response.
 */
export async function answerAfterIndicatorProjection(
  projections: IndicatorsProjectionRunner,
  outcome: IndicatorCommandOutcome,
  response?: Response,
): Promise<IndicatorWriteAnswer> {
  const changed = outcome.position !== null;
  if (outcome.position !== null) await projections.waitFor(outcome.position, 5_000);
  else response?.status(200);
  const { indicatorId, streamId, revision, position } = outcome;
  return { indicatorId, streamId, revision, position, changed };
}
