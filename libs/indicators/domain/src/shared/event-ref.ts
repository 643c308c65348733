import type { DomainEventLike } from '@goaltrail/goals-domain';

/**
 * Which event put a value in the state, so an auditor can find it in the store. The stream
 * revision and the two clocks are known when the fold reads recorded events; a fold of bare
 * decided events (a preview, a test) has only the type.
 */
export type EventRef = {
  readonly type: string;
  /** 0-based position in the `indicator-<id>` stream. */
  readonly revision: number | null;
  /** Business time: when the change is valid. */
  readonly effectiveAt: string | null;
  /** System time: when the store learnt of it. */
  readonly recordedAt: string | null;
};

type MaybeRecorded = DomainEventLike & {
  readonly revision?: unknown;
  readonly metadata?: { readonly effectiveAt?: unknown; readonly recordedAt?: unknown } | null;
};

export function eventRefOf(event: MaybeRecorded): EventRef {
  const metadata = event.metadata ?? {};
  return {
    type: event.type,
    revision: typeof event.revision === 'number' ? event.revision : null,
    effectiveAt: typeof metadata.effectiveAt === 'string' ? metadata.effectiveAt : null,
    recordedAt: typeof metadata.recordedAt === 'string' ? metadata.recordedAt : null,
  };
}
