import { sampleAuditEvents } from '@goaltrail/admin-data-access';
import { describe, expect, it } from 'vitest';
import { distinctValues, filterEvents, filtersFromQuery, filtersToQuery, noFilters } from './event-filters';

const events = sampleAuditEvents();
const positions = (list: readonly { position: string }[]) => list.map((event) => event.position);

describe('event filters', () => {
  it('narrows by type and by actor', () => {
    expect(positions(filterEvents(events, { ...noFilters, type: 'GoalAdded' }))).toEqual(['4']);
    expect(positions(filterEvents(events, { ...noFilters, actor: 'pia.planner' }))).toEqual(['6']);
    expect(filterEvents(events, noFilters)).toHaveLength(6);
  });

  it('keeps the days of a range inclusive, on the chosen clock', () => {
    expect(positions(filterEvents(events, { ...noFilters, from: '2026-11-23', to: '2026-11-23' }))).toEqual(['6']);
    const business = { ...noFilters, clock: 'effectiveAt' as const, from: '2005-01-01', to: '2005-12-31' };
    expect(positions(filterEvents(events, business))).toEqual(['2', '3', '4', '6']);
  });

  it('reads the address, ignoring what is malformed, and writes back only what is set', () => {
    const filters = filtersFromQuery({ stream: ' plan- ', type: 'GoalAdded', from: '2026-13', to: '2026-12-31', clock: 'effectiveAt' });
    expect(filters).toEqual({ stream: 'plan-', type: 'GoalAdded', actor: '', clock: 'effectiveAt', from: '', to: '2026-12-31' });
    expect(filtersToQuery(filters)).toEqual({ stream: 'plan-', type: 'GoalAdded', to: '2026-12-31', clock: 'effectiveAt' });
    expect(filtersToQuery(noFilters)).toEqual({});
  });

  it('offers each loaded value once, sorted', () => {
    expect(distinctValues(events, (event) => event.metadata.actor)).toEqual(['pia.planner', 'system:bootstrap', 'system:seed']);
  });
});
