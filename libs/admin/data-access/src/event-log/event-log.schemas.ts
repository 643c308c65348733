import type { RecordedEventLike } from '@goaltrail/goals-domain';
import { z } from 'zod';

/**
 * An event as `GET /api/events` and the live feed send it: the store's envelope (account secrets
 * redacted). The domain's folds take it as it is; `data` stays unchecked here because each fold
 * reads its own event types and ignores the rest.
 */
export interface LoggedEvent extends RecordedEventLike {
  /** The store's opaque global position: a decimal number, or `commit/prepare` in KurrentDB. */
  readonly position: string;
  readonly id: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** One page of the raw log. */
export interface EventLogPage {
  readonly events: readonly LoggedEvent[];
  /** Pass as `after` for the next page. */
  readonly next: string | null;
  /** True when more events followed when the page was read. */
  readonly hasMore: boolean;
}

// A plain-object check instead of z.record: a 100,000-event replay would otherwise walk every data key twice.
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const metadataSchema = z.object({
  actor: z.string(),
  role: z.string(),
  reason: z.string().nullable().optional(),
  decisionRef: z.string().nullable().optional(),
  effectiveAt: z.string(),
  recordedAt: z.string(),
});

/** Checks one logged event; unknown envelope fields are dropped. */
export const loggedEventSchema = z.object({
  position: z.string(),
  id: z.string(),
  streamId: z.string(),
  revision: z.number().int(),
  type: z.string(),
  data: z.custom<Record<string, unknown>>(isObject, 'must be an object'),
  metadata: metadataSchema,
}) satisfies z.ZodType<LoggedEvent>;

/** Checks a page of `GET /api/events`. */
export const eventLogPageSchema = z.object({
  events: z.array(loggedEventSchema),
  next: z.string().nullable(),
  hasMore: z.boolean(),
}) satisfies z.ZodType<EventLogPage>;
