import { z } from 'zod';

/** Event-store backends the API can run on. */
export const eventStoreKinds = ['pglite', 'postgres', 'kurrentdb'] as const;

/** What `GET /api/health` answers when the API is up. */
export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string().min(1),
  eventStore: z.enum(eventStoreKinds),
  /** Position of the newest event, or null for an empty store. */
  headPosition: z.string().nullable(),
  startedAt: z.iso.datetime(),
});

/** Parsed body of `GET /api/health`. */
export type HealthResponse = z.infer<typeof healthResponseSchema>;
