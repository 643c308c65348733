/** A committee (nämnd) starts being tracked. `municipality` is null when the source names none. */
export type CommitteeRegistered = {
  type: 'CommitteeRegistered';
  data: { committeeId: string; name: string; municipality: string | null };
};

/** Every event of a `committee-<id>` stream. */
export type CommitteeEvent = CommitteeRegistered;

// A Record keyed by the union makes the compiler reject a missing or a stray type name.
const committeeEventTypeSet: Record<CommitteeEvent['type'], true> = { CommitteeRegistered: true };

export function asCommitteeEvent(event: { type: string; data: unknown }): CommitteeEvent | null {
  return Object.hasOwn(committeeEventTypeSet, event.type) ? (event as CommitteeEvent) : null;
}
