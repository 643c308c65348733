import { createFakeApi, eventLogRoute, sampleEventLog, sampleLiveEvent } from '@goaltrail/admin-data-access';
import { describe, expect, it } from 'vitest';
import type { ReplayResponse } from '../worker/replay-protocol';
import { createReplayEngine, isAfter } from './replay-engine';

function engineOver(routes: Parameters<typeof createFakeApi>[0]) {
  const responses: ReplayResponse[] = [];
  const api = createFakeApi(routes);
  return { engine: createReplayEngine((response) => responses.push(response), api.fetch), responses, api };
}

describe('replay engine', () => {
  it('reads every page, reporting progress, then the summary', async () => {
    const { engine, responses, api } = engineOver({ 'GET /api/events': eventLogRoute(sampleEventLog) });
    await engine.handle({ type: 'load', pageSize: 5 });
    expect(responses.filter((response) => response.type === 'progress').map((response) => response.type === 'progress' && response.read)).toEqual([5, 10, 15]);
    const loaded = responses.at(-1);
    expect(loaded?.type === 'loaded' && loaded.summary).toMatchObject({ total: 13, skipped: 2, lastPosition: '15' });
    expect(api.calls).toHaveLength(3);
  });

  it('folds live events once, however often they arrive, and answers frames', async () => {
    const { engine, responses } = engineOver({ 'GET /api/events': eventLogRoute(sampleEventLog) });
    await engine.handle({ type: 'load' });
    await engine.handle({ type: 'append', events: [sampleEventLog[14] ?? sampleLiveEvent, sampleLiveEvent] });
    await engine.handle({ type: 'append', events: [sampleLiveEvent] });
    const totals = responses.flatMap((response) => (response.type === 'appended' ? [response.summary.total] : []));
    expect(totals).toEqual([14, 14]);
    await engine.handle({ type: 'frame', requestId: 7, index: 13, planStreamId: null });
    const frame = responses.at(-1);
    expect(frame?.type === 'frame' && frame.requestId).toBe(7);
    expect(frame?.type === 'frame' && frame.frame?.step).toMatchObject({ change: 'plan-drafted', year: 2021, carriedFrom: 2020 });
  });

  it('reports a refused read as the API’s problem', async () => {
    const { engine, responses } = engineOver({ 'GET /api/events': { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'Store unreachable' } } });
    await engine.handle({ type: 'load' });
    expect(responses).toEqual([{ type: 'failed', problem: expect.objectContaining({ status: 503, message: 'Store unreachable' }) }]);
  });

  it('orders positions of either store', () => {
    expect(isAfter('10', '9')).toBe(true);
    expect(isAfter('9', '10')).toBe(false);
    expect(isAfter('12/3', '12/2')).toBe(true);
    expect(isAfter('11/9', '12/0')).toBe(false);
  });
});
