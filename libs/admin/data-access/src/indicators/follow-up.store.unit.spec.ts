import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../testing/fake-api';
import { useFollowUpStore } from './follow-up.store';
import { sampleFollowUp } from './sample-indicator-answers';

describe('follow-up store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it("reads a committee's follow-up for a year, each goal with its colour and rule", async () => {
    const api = createFakeApi({ 'GET /api/committees/socialnamnden/follow-up/2005': { body: sampleFollowUp } });
    vi.stubGlobal('fetch', api.fetch);
    const store = useFollowUpStore();
    await store.load({ committeeId: 'socialnamnden', year: 2005 });
    expect(store.followUp?.goals.map((goal) => [goal.number, goal.status])).toEqual([
      [1, 'red'],
      [7, 'grey'],
    ]);
    expect(store.followUp?.counts).toEqual({ green: 0, yellow: 0, red: 1, grey: 1 });
  });

  it('forgets the previous year at once when another is asked for, and keeps a 404 as the problem', async () => {
    const api = createFakeApi({
      'GET /api/committees/socialnamnden/follow-up/2005': { body: sampleFollowUp },
      'GET /api/committees/socialnamnden/follow-up/1999': { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Socialnämnden has no plan for 1999' } },
    });
    vi.stubGlobal('fetch', api.fetch);
    const store = useFollowUpStore();
    await store.load({ committeeId: 'socialnamnden', year: 2005 });
    await store.load({ committeeId: 'socialnamnden', year: 1999 });
    expect([store.followUp, store.loaded, store.problem?.message]).toEqual([null, false, 'Socialnämnden has no plan for 1999']);
  });
});
