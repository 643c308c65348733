import type { JsonObject } from '@goaltrail/event-store-port';

/**
 * Who sends a command, as the session knows them. The HTTP layer fills it from the session,
 * never from the request body, so every event's `actor` and `role` are trustworthy.
 */
export interface Actor {
  readonly username: string;
  readonly role: string;
}

/** Envelope values a caller may add to a command: the domain's own reason/decision win. */
export interface CommandOptions {
  /** Why, when the command itself carries no reason (e.g. registering a committee). */
  readonly reason?: string | null;
  /** The formal decision, when the command itself carries none. */
  readonly decisionRef?: string | null;
  /** Ties the events of one request or import together; a new UUID when absent. */
  readonly correlationId?: string | null;
  /** The event or request that caused this command, if any. */
  readonly causationId?: string | null;
  /**
   * Business time of the change. Absent: the decision date for AdoptPlan/AmendPlan, else now.
   * An importer passes the source document's date here.
   */
  readonly effectiveAt?: string | null;
  /** Kept as `metadata.extra` on every event of the command, e.g. an import's source document. */
  readonly extra?: JsonObject;
}

/** Roles that may read but never write (auditors / revisorer). */
export const readOnlyRoles: readonly string[] = ['auditor'];
