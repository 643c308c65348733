import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { usePlansStore } from '../plans.store';
import { createFakeApi } from '../testing/fake-api';
import { sampleCommittees, samplePlans } from '../testing/sample-answers';
import { useCommitteeYears } from './use-committee-years';

// The composable's watchers live as long as the scope, like a picker's while it is shown.
const inScope = <T>(setup: () => T): T => effectScope().run(setup) as T;
const otherCommittee = { committeeId: 'kulturnamnden', name: 'Kulturnämnden', municipality: 'Nacka kommun' };

describe('useCommitteeYears', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('chooses the only committee and lists its plan years, earliest first, once they are loaded', async () => {
    const api = createFakeApi({ 'GET /api/committees/socialnamnden/plans': { body: [...samplePlans].reverse() } });
    vi.stubGlobal('fetch', api.fetch);
    usePlansStore().committees = sampleCommittees;
    const committeeId = ref('');
    const { years, yearsLoaded } = inScope(() => useCommitteeYears(committeeId));
    expect(committeeId.value).toBe('socialnamnden');
    expect(yearsLoaded.value).toBe(false);
    await flushPromises();
    expect(years.value).toEqual([2005, 2020]);
    expect(yearsLoaded.value).toBe(true);
  });

  it("leaves the choice to the person when there are several committees, and loads a committee's plans only once", async () => {
    const api = createFakeApi({ 'GET /api/committees/socialnamnden/plans': { body: samplePlans } });
    vi.stubGlobal('fetch', api.fetch);
    const plans = usePlansStore();
    plans.committees = [...sampleCommittees, otherCommittee];
    const committeeId = ref('');
    const { committees, years } = inScope(() => useCommitteeYears(committeeId));
    expect(committeeId.value).toBe('');
    expect(committees.value.map((committee) => committee.name)).toEqual(['Socialnämnden', 'Kulturnämnden']);
    expect(years.value).toEqual([]);

    committeeId.value = 'socialnamnden';
    await flushPromises();
    committeeId.value = '';
    await nextTick();
    committeeId.value = 'socialnamnden';
    await flushPromises();
    expect(years.value).toEqual([2005, 2020]);
    expect(api.calls.map((call) => call.path)).toEqual(['/api/committees/socialnamnden/plans']);
  });
});
