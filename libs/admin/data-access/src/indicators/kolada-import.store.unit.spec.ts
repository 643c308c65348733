import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session.store';
import { sampleUsers } from '../testing/sample-answers';
import { createFakeUpload } from './fake-upload';
import { useKoladaImportStore } from './kolada-import.store';
import { sampleKoladaImportResult, sampleMalformedKoladaAnswer } from './sample-indicator-answers';

const file = () => new File(['{"values":[]}'.padEnd(200, ' ')], 'kolada-nacka.json', { type: 'application/json' });

describe('Kolada import store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('sends the file as the body, reports progress, then keeps the dry run’s answer', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fake = createFakeUpload((call) => ({ body: sampleKoladaImportResult(call.url.searchParams.get('dryRun') === 'true') }), gate);
    vi.stubGlobal('XMLHttpRequest', fake.XMLHttpRequest);
    const store = useKoladaImportStore();
    const done = store.upload(file(), { dryRun: true, municipality: '0182' });
    await vi.waitFor(() => expect(store.percent).toBe(50));
    expect(store.phase).toBe('sending');
    release();
    expect(await done).toBe(true);
    expect([store.phase, store.percent, store.result?.measurementsWritten, store.result?.eventsWritten]).toEqual(['finished', 100, 1, 0]);
    const [call] = fake.calls;
    if (!call) throw new Error('nothing was uploaded');
    expect(call.url.pathname + call.url.search).toBe('/api/measurements/import?dryRun=true&fileName=kolada-nacka.json&municipality=0182');
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.body?.size).toBe(200);
  });

  it('keeps the line and JSON path of a malformed file beside the API’s message', async () => {
    vi.stubGlobal('XMLHttpRequest', createFakeUpload(() => ({ status: 400, body: sampleMalformedKoladaAnswer })).XMLHttpRequest);
    const store = useKoladaImportStore();
    expect(await store.upload(file(), { dryRun: false })).toBe(false);
    expect(store.problem?.message).toBe(sampleMalformedKoladaAnswer.message);
    expect(store.location).toEqual({ line: 3, path: 'values[1].values[0].value' });
    expect([store.result, store.lastDryRun]).toEqual([null, false]);
  });

  it('ends the session when the API answers 401', async () => {
    vi.stubGlobal('XMLHttpRequest', createFakeUpload(() => ({ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Sign in first.' } })).XMLHttpRequest);
    const session = useSessionStore();
    session.user = sampleUsers.planner;
    await useKoladaImportStore().upload(file(), { dryRun: true });
    expect(session.user).toBeNull();
  });

  it('calls an answer of the wrong shape a contract problem', async () => {
    vi.stubGlobal('XMLHttpRequest', createFakeUpload(() => ({ body: { rows: 3 } })).XMLHttpRequest);
    const store = useKoladaImportStore();
    await store.upload(file(), { dryRun: true });
    expect(store.problem).toMatchObject({ kind: 'contract', path: '/api/measurements/import' });
  });
});
