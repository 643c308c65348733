import { describe, expect, it } from 'vitest';
import type { Command, GoalsEvent } from '@goaltrail/goals-domain';
import { toNewEvents } from './event-envelope';

const now = new Date('2026-03-01T10:00:00.000Z');
const actor = { username: 'planner-anna', role: 'planner' };
const adopted: GoalsEvent = { type: 'PlanAdopted', data: { decisionRef: 'SN § 1', decidedOn: '2020-12-10' } };
const adopt: Command = { type: 'AdoptPlan', committeeId: 'sn', year: 2021, decisionRef: 'SN § 1', decidedOn: '2020-12-10' };

describe('toNewEvents', () => {
  it('given a decision, then it takes effect on its date and carries its reference', () => {
    const [event] = toNewEvents(adopt, [adopted], { actor, options: {}, correlationId: 'c-1', now });
    expect(event).toMatchObject({
      type: 'PlanAdopted',
      data: adopted.data,
      metadata: { actor: 'planner-anna', role: 'planner', decisionRef: 'SN § 1', effectiveAt: '2020-12-10', correlationId: 'c-1' },
    });
  });

  it('given an edit, then it takes effect now, and the caller may back-date it (imports)', () => {
    const draft: Command = { type: 'DraftPlan', committeeId: 'sn', year: 2021 };
    const drafted: GoalsEvent = { type: 'PlanDrafted', data: { committeeId: 'sn', year: 2021, carriedForwardFrom: null } };
    const context = { actor, options: {}, correlationId: 'c', now };
    expect(toNewEvents(draft, [drafted], context)[0]?.metadata.effectiveAt).toBe('2026-03-01T10:00:00.000Z');
    const imported = toNewEvents(draft, [drafted], { ...context, options: { effectiveAt: '2005-01-01' } });
    expect(imported[0]?.metadata.effectiveAt).toBe('2005-01-01');
  });

  it('gives every event its own UUID and the same envelope', () => {
    const events = toNewEvents(adopt, [adopted, adopted], { actor, options: { causationId: 'req-1' }, correlationId: 'c', now });
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
    expect(events[1]?.metadata).toEqual(events[0]?.metadata);
    expect(events[0]?.metadata.causationId).toBe('req-1');
  });

  it('keeps the extra values of the caller (the source of an import) in metadata.extra, and adds none otherwise', () => {
    const source = { fileName: 'mal-2005.txt', sha256: 'ab12', importerVersion: '1.0.0' };
    const [withSource] = toNewEvents(adopt, [adopted], { actor, options: { extra: { source } }, correlationId: 'c', now });
    expect(withSource?.metadata.extra).toEqual({ source });
    const [plain] = toNewEvents(adopt, [adopted], { actor, options: {}, correlationId: 'c', now });
    expect(plain?.metadata).not.toHaveProperty('extra');
  });
});
