import type { AuditEvent, ChainVerification, EventsPage } from './audit-schemas';

// Test fixtures shaped like the seeded log: the first admin, the seed's import, and one planner's
// rewording whose reason holds the characters a CSV export must escape.

const seedReason = 'Import av källdokumentet socialnamndens-mal-2005.txt';

function event(position: number, streamId: string, revision: number, type: string, metadata: Partial<AuditEvent['metadata']> = {}): AuditEvent {
  return {
    streamId,
    revision,
    position: String(position),
    id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    type,
    data: {},
    metadata: {
      actor: 'system:seed',
      role: 'system',
      reason: seedReason,
      decisionRef: null,
      effectiveAt: '2005-01-01',
      recordedAt: `2026-11-22T20:56:${String(40 + position).padStart(2, '0')}.000Z`,
      ...metadata,
    },
  };
}

/** Six events of the log in position order. */
export function sampleAuditEvents(): AuditEvent[] {
  return [
    event(1, 'user-admin', 0, 'UserRegistered', { actor: 'system:bootstrap', reason: undefined, effectiveAt: '2026-11-22T20:56:41.000Z' }),
    event(2, 'committee-socialnamnden', 0, 'CommitteeRegistered'),
    event(3, 'plan-socialnamnden-2005', 0, 'PlanDrafted'),
    event(4, 'plan-socialnamnden-2005', 1, 'GoalAdded'),
    event(5, 'lineage-socialnamnden', 0, 'GoalsLinked', { reason: 'Släktskap 2005 → 2020', effectiveAt: '2020-01-01' }),
    event(6, 'plan-socialnamnden-2005', 2, 'GoalReworded', {
      actor: 'pia.planner',
      role: 'planner',
      reason: 'Förtydligat, efter "dialog"\nmed revisorerna',
      decisionRef: 'SOCN 2005/7 § 12',
      effectiveAt: '2005-03-01',
      recordedAt: '2026-11-23T08:00:00.000Z',
    }),
  ];
}

/** A page of `GET /api/events` cut from the sample events by `after` and `limit` (and `stream` prefix). */
export function sampleEventsPage(url: URL, events: readonly AuditEvent[] = sampleAuditEvents()): EventsPage {
  const after = Number(url.searchParams.get('after') ?? 0);
  const limit = Number(url.searchParams.get('limit') ?? 200);
  const stream = url.searchParams.get('stream') ?? '';
  const rest = events.filter((entry) => Number(entry.position) > after && entry.streamId.startsWith(stream));
  const page = rest.slice(0, limit);
  return { events: page, next: page.at(-1)?.position ?? url.searchParams.get('after'), hasMore: rest.length > limit };
}

/** `GET /api/audit/verify` over the intact sample log. */
export const sampleVerificationOk: ChainVerification = { ok: true, checked: 6, firstBrokenPosition: null, problem: null };

/** `GET /api/audit/verify` after someone edited event 4 in the database. */
export const sampleVerificationBroken: ChainVerification = {
  ok: false,
  checked: 4,
  firstBrokenPosition: '4',
  problem: 'The stored content of event 4 does not match its hash',
};
