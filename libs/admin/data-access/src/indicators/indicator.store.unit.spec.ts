import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, type FakeRoute } from '../testing/fake-api';
import { useIndicatorStore } from './indicator.store';
import { sampleIndicatorDetails, sampleSeries } from './sample-indicator-answers';

const path = '/api/indicators/sn-nojdhet-omsorg';
const written = { indicatorId: 'sn-nojdhet-omsorg', streamId: 'indicator-sn-nojdhet-omsorg', revision: 6, position: '60', changed: true };
const reads: Record<string, FakeRoute> = { [`GET ${path}`]: { body: sampleIndicatorDetails }, [`GET ${path}/series`]: { body: sampleSeries } };

describe('indicator store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('reads the definition with its versions and the series together', async () => {
    vi.stubGlobal('fetch', createFakeApi(reads).fetch);
    const store = useIndicatorStore();
    await store.load('sn-nojdhet-omsorg');
    expect(store.details?.definitions.map((version) => version.version)).toEqual([1, 2]);
    expect(store.series?.points.map((point) => [point.period, point.acrossDefinitionChange])).toEqual([
      ['2005', false],
      ['2006', true],
    ]);
  });

  it('refuses an answer of the wrong shape as a contract problem', async () => {
    vi.stubGlobal('fetch', createFakeApi({ ...reads, [`GET ${path}/series`]: { body: { points: 'none' } } }).fetch);
    const store = useIndicatorStore();
    await store.load('sn-nojdhet-omsorg');
    expect(store.problem).toMatchObject({ kind: 'contract', path: `${path}/series` });
    expect(store.details).toBeNull();
  });

  it('records a measurement and reads the indicator again', async () => {
    const api = createFakeApi({ ...reads, [`POST ${path}/measurements`]: { status: 201, body: written } });
    vi.stubGlobal('fetch', api.fetch);
    const store = useIndicatorStore();
    await store.load('sn-nojdhet-omsorg');
    const body = { unit: 'percent' as const, period: '2007', value: 80, source: 'Webbenkät 2007' };
    expect(await store.recordMeasurement(body)).toEqual({ ok: true, value: written });
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual([`GET ${path}`, `GET ${path}/series`, `POST ${path}/measurements`, `GET ${path}`, `GET ${path}/series`]);
    expect(api.calls[2]?.body).toEqual(body);
  });

  it('reads nothing again after a repeat that changed nothing', async () => {
    const api = createFakeApi({ ...reads, [`POST ${path}/targets`]: { status: 200, body: { ...written, position: null, changed: false } } });
    vi.stubGlobal('fetch', api.fetch);
    const store = useIndicatorStore();
    await store.load('sn-nojdhet-omsorg');
    const result = await store.setTarget({ unit: 'percent', year: 2005, comparator: 'at-least', value: 75 });
    expect(result.ok && result.value.changed).toBe(false);
    expect(api.calls).toHaveLength(3);
  });

  it('answers a refused target with its field issues and keeps the series on screen', async () => {
    const refusal = { statusCode: 400, error: 'Bad Request', message: 'The indicator command is not valid', issues: [{ path: ['comparator'], message: 'does not fit an indicator that should increase' }] };
    const api = createFakeApi({ ...reads, [`POST ${path}/targets`]: { status: 400, body: refusal } });
    vi.stubGlobal('fetch', api.fetch);
    const store = useIndicatorStore();
    await store.load('sn-nojdhet-omsorg');
    const result = await store.setTarget({ unit: 'percent', year: 2007, comparator: 'at-most', value: 70 });
    expect(!result.ok && result.problem.issues).toEqual(refusal.issues);
    expect(store.series).toEqual(sampleSeries);
    expect(store.problem).toBeNull();
    expect(api.calls).toHaveLength(3);
  });

  it('changes the definition with its reason', async () => {
    const api = createFakeApi({ ...reads, [`PATCH ${path}`]: { body: written } });
    vi.stubGlobal('fetch', api.fetch);
    const store = useIndicatorStore();
    await store.load('sn-nojdhet-omsorg');
    await store.change({ dataSource: 'Kolada', reason: 'Hämtas från Kolada' });
    expect(api.calls[2]).toMatchObject({ method: 'PATCH', body: { dataSource: 'Kolada', reason: 'Hämtas från Kolada' } });
  });
});
