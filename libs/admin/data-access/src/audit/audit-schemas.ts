import { z } from 'zod';
import type { EventLogPage, LoggedEvent } from '../event-log/event-log.schemas';

// The log's pages are checked by the one schema of `GET /api/events` (event-log/, shared with the
// replay worker); the audit area adds the hash-chain check.

/** An event of the log as the audit view shows it: the envelope `GET /api/events` sends. */
export type AuditEvent = LoggedEvent;

/** One page of the log. */
export type EventsPage = EventLogPage;

/** `GET /api/audit/verify`: the hash chain walked from the first event. */
export const chainVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenPosition: z.string().nullable(),
  problem: z.string().nullish(),
});

/** The outcome of walking the hash chain. */
export type ChainVerification = z.infer<typeof chainVerificationSchema>;
