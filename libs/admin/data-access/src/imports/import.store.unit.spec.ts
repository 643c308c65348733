import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../testing/fake-api';
import { sampleCommitAnswer, sampleImportAnswer } from './sample-import-answer';
import { useImportStore } from './import.store';

describe('import store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('previews with dryRun=true, then commits exactly the previewed request with dryRun=false', async () => {
    const api = createFakeApi({
      'POST /api/imports': (_call, url) =>
        url.searchParams.get('dryRun') === 'true' ? { body: sampleImportAnswer } : { body: sampleCommitAnswer },
    });
    vi.stubGlobal('fetch', api.fetch);
    const store = useImportStore();
    const request = { text: 'Socialnämndens mål 2006\n…', fileName: 'mal-2006.txt', committeeId: 'socialnamnden', year: 2006 };
    expect(await store.preview(request)).toBe(true);
    expect(store.answer?.dryRun).toBe(true);
    expect(store.answeredRequest).toEqual(request);
    expect(await store.commit(request)).toBe(true);
    expect(store.answer).toMatchObject({ dryRun: false, eventsWritten: 5 });
    expect(api.calls.map((call) => call.path)).toEqual(['/api/imports?dryRun=true', '/api/imports?dryRun=false']);
    expect(api.calls[1]?.body).toEqual(request);
  });

  it('keeps the preview on screen when the commit is refused', async () => {
    const refused = { statusCode: 422, error: 'Unprocessable Entity', message: 'The document cannot be imported', rule: 'import-not-committable' };
    const api = createFakeApi({
      'POST /api/imports': (_call, url) => (url.searchParams.get('dryRun') === 'true' ? { body: sampleImportAnswer } : { status: 422, body: refused }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const store = useImportStore();
    await store.preview({ text: 'x' });
    expect(await store.commit({ text: 'x' })).toBe(false);
    expect(store.answer?.dryRun).toBe(true);
    expect(store.problem).toMatchObject({ status: 422, rule: 'import-not-committable' });
    store.reset();
    expect(store.answer).toBeNull();
    expect(store.problem).toBeNull();
  });

  it('refuses an answer that is not an import result', async () => {
    vi.stubGlobal('fetch', createFakeApi({ 'POST /api/imports': { body: { ok: true } } }).fetch);
    const store = useImportStore();
    expect(await store.preview({ text: 'x' })).toBe(false);
    expect(store.problem?.kind).toBe('contract');
  });
});
