import type { CommandOutcome, ProjectionRunner } from '@goaltrail/goals-application';

/** What every write endpoint answers: where the change landed, for the next expectedRevision. */
export interface WriteAnswer {
  streamId: string;
  revision: number;
  position: string;
}

/**
 * Waits until the read model has applied the write, so a GET right after the answer sees it
 * (read-your-writes), then answers with the outcome's coordinates.
 */
export async function answerAfterProjection(projections: ProjectionRunner, outcome: CommandOutcome): Promise<WriteAnswer> {
  await projections.waitFor(outcome.position, 5_000);
  return { streamId: outcome.streamId, revision: outcome.nextExpectedRevision, position: outcome.position };
}
