import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@goaltrail/event-store-port';
import { SampleHistorySeeder } from '@goaltrail/goals-application';
import { GetCommitteeFollowUpQuery, type CommitteeFollowUp } from '../follow-up/queries/get-committee-follow-up/get-committee-follow-up.query';
import { GetIndicatorQuery } from '../indicators/queries/get-indicator/get-indicator.query';
import type { IndicatorDetails } from '../read-model/indicator-views';
import { startIndicatorsApp, type IndicatorsTestApp } from '../testing/indicators-app.fixture';
import { openTestStore, steppingClock } from '../testing/test-store.fixture';
import { sampleIndicators } from './sample-indicators';
import { SampleIndicatorsSeeder } from './sample-indicators-seeder';

describe('the seeded indicators of the 2005 effect goals (real PGlite store)', () => {
  const clock = steppingClock('2026-03-01T09:00:00Z');
  let store: EventStore;
  let app: IndicatorsTestApp;
  const indicator = (id: string) => app.queryBus.execute<GetIndicatorQuery, IndicatorDetails>(new GetIndicatorQuery(id));

  beforeAll(async () => {
    store = await openTestStore(clock);
    app = await startIndicatorsApp(store, clock);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('seeds nothing while the sample plan is not in the store', async () => {
    expect(await app.app.get(SampleIndicatorsSeeder).seedIfEmpty()).toBeNull();
    expect(await store.headPosition()).toBeNull();
  });

  it("gives each measurable effect goal an indicator with the document's own method, and effect goal 1 its 75 % target", async () => {
    await app.app.get(SampleHistorySeeder).seedIfEmpty();
    const summary = await app.app.get(SampleIndicatorsSeeder).seedIfEmpty();
    expect(summary).toMatchObject({ indicators: sampleIndicators().indicators.length, targets: 1 });
    await app.settle();
    const methods = await Promise.all(sampleIndicators().indicators.map(async ({ indicatorId }) => (await indicator(indicatorId)).measurementMethod));
    expect(methods).toEqual([
      'brukarundersökning',
      'intern statistik/uppföljning',
      'skolenkäter',
      'skolenkäter',
      'brukarundersökning',
      'att följa upp besvärsärenden',
    ]);
    const satisfaction = await indicator('sn-nojdhet-omsorg');
    expect(satisfaction.targets).toHaveLength(1);
    expect(satisfaction.targets[0]?.current).toMatchObject({ year: 2005, comparator: 'at-least', value: 75 });
    for await (const event of store.readAll({ streamPrefix: 'indicator-' })) {
      expect(event.metadata).toMatchObject({ actor: 'system:seed', role: 'system', effectiveAt: '2005-01-01' });
    }
  });

  it('shows the 2005 follow-up: the measured goals grey for want of outcomes, never an invented colour', async () => {
    const followUp = await app.queryBus.execute<GetCommitteeFollowUpQuery, CommitteeFollowUp>(new GetCommitteeFollowUpQuery('socialnamnden', 2005));
    const effect = followUp.goals.filter((goal) => goal.kind === 'effect');
    expect(effect.filter((goal) => goal.indicators.length > 0).map((goal) => goal.number)).toEqual([1, 2, 3, 4, 7]);
    expect(effect.every((goal) => goal.status === 'grey')).toBe(true);
    expect(followUp.counts).toMatchObject({ green: 0, yellow: 0, red: 0 });
  });

  it('never seeds twice', async () => {
    const head = await store.headPosition();
    expect(await app.app.get(SampleIndicatorsSeeder).seedIfEmpty()).toBeNull();
    expect(await store.headPosition()).toBe(head);
  });
});
