/** The part of an event every fold needs: the stable type name and its JSON data. */
export type DomainEventLike = {
  readonly type: string;
  readonly data: unknown;
};

/**
 * Who did what, why and when, as the event store keeps it in the envelope. Structurally the same
 * as the store's metadata, declared here so the domain never imports the store.
 */
export type EventMetadataLike = {
  readonly actor: string;
  readonly role: string;
  readonly reason?: string | null;
  readonly decisionRef?: string | null;
  /** Business time: when the change is valid (ISO 8601 date or date-time). */
  readonly effectiveAt: string;
  /** System time: when the store learnt of the change (ISO 8601 date-time). */
  readonly recordedAt: string;
};

/** An event as read back from the store: what the queries fold. The store's RecordedEvent fits. */
export type RecordedEventLike = DomainEventLike & {
  readonly streamId: string;
  /** 0-based position within its stream. */
  readonly revision: number;
  readonly metadata: EventMetadataLike;
};
