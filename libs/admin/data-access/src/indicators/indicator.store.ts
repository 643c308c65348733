import type { IndicatorSeries } from '@goaltrail/indicators-domain';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { attempt, type WriteResult } from '../draft/write-result';
import { createRequestState } from '../request-state';
import { apiClient } from '../shared-client';
import { indicatorsApi, type ChangeIndicatorRequest, type RecordMeasurementRequest, type SetTargetRequest } from './indicators-api';
import type { IndicatorDetails, IndicatorWriteAnswer } from './indicator-schemas';

/** One indicator: its definition with every version, its series, and the writes that change them. */
export const useIndicatorStore = defineStore('indicator', () => {
  const indicatorId = ref<string | null>(null);
  const details = shallowRef<IndicatorDetails | null>(null);
  const series = shallowRef<IndicatorSeries | null>(null);
  const request = createRequestState();
  const api = () => indicatorsApi(apiClient());

  /** Reads the indicator and its series together, so the two never describe different states. */
  async function load(id: string): Promise<void> {
    if (indicatorId.value !== id) details.value = series.value = null;
    indicatorId.value = id;
    const loaded = await request.run(() => Promise.all([api().get(id), api().series(id)]));
    if (!loaded) return;
    [details.value, series.value] = loaded;
  }

  /**
   * A write on the loaded indicator. Only a recorded write reads the indicator again: a refused one
   * leaves everything on screen as it was, so the form can show why beside its fields.
   */
  async function write(send: (id: string) => Promise<IndicatorWriteAnswer>): Promise<WriteResult<IndicatorWriteAnswer>> {
    const id = indicatorId.value;
    if (!id) throw new Error('no indicator is loaded');
    const result = await attempt(() => send(id));
    if (result.ok && result.value.changed) await load(id);
    return result;
  }

  /** Renames, sets the tolerance and/or changes the definition (a new version, with `reason`). */
  const change = (body: ChangeIndicatorRequest) => write((id) => api().change(id, body));
  /** Sets or revises a year's target. */
  const setTarget = (body: SetTargetRequest) => write((id) => api().setTarget(id, body));
  /** Records or corrects a period's outcome. */
  const recordMeasurement = (body: RecordMeasurementRequest) => write((id) => api().recordMeasurement(id, body));

  return { indicatorId, details, series, loading: request.loading, problem: request.problem, load, change, setTarget, recordMeasurement };
});
