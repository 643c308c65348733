// @vitest-environment happy-dom
import type { IndicatorWriteAnswer, WriteResult } from '@goaltrail/admin-data-access';
import { createAdminI18n, type Problem } from '@goaltrail/admin-util';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { indicatorsMessages } from '../indicators.messages';
import { useStatusWrite } from './use-status-write';

const answer = (changed: boolean): WriteResult<IndicatorWriteAnswer> => ({
  ok: true,
  value: { indicatorId: 'nojdhet', streamId: 'indicator-nojdhet', revision: 3, position: '12', changed },
});
const refused: Problem = { kind: 'http', status: 400, message: 'refused', issues: [{ path: ['value'], message: 'must be a number' }], rule: null, path: null };

function mountWrite() {
  let state!: ReturnType<typeof useStatusWrite>;
  const Form = defineComponent(() => {
    const form = ref<HTMLElement | null>(null);
    state = useStatusWrite(form);
    return () => h('form', { ref: form }, [h('input', { ...state.bind('value', 'value') })]);
  });
  mount(Form, { attachTo: document.body, global: { plugins: [createAdminI18n({ locale: 'en', bundles: [indicatorsMessages] })] } });
  return state;
}

describe('useStatusWrite', () => {
  it('tells what a recorded write did, or that it changed nothing', async () => {
    const write = mountWrite();
    expect(await write.run(async () => answer(true), () => 'The target for 2024 is saved.')).toBe(true);
    expect(write.status.value).toBe('The target for 2024 is saved.');
    expect(await write.run(async () => answer(false), () => 'The target for 2024 is saved.')).toBe(true);
    expect(write.status.value).toBe('Nothing changed: the same value is already recorded.');
  });

  it('shows a refusal beside its field, clears the status, and clears the refusal after the next recorded write', async () => {
    const write = mountWrite();
    await write.run(async () => answer(true), () => 'saved');
    expect(await write.run(async () => ({ ok: false, problem: refused }), () => 'saved')).toBe(false);
    expect(write.status.value).toBe('');
    expect(write.errorFor('value')).toBe('Enter a number.');
    expect(document.activeElement?.id).toBe('value');
    await write.run(async () => answer(true), () => 'saved');
    expect(write.problem.value).toBeNull();
  });

  it('sends one write at a time', async () => {
    const write = mountWrite();
    let finish!: (result: WriteResult<IndicatorWriteAnswer>) => void;
    const first = write.run(() => new Promise((resolve) => (finish = resolve)), () => 'saved');
    expect(write.saving.value).toBe(true);
    expect(await write.run(async () => answer(true), () => 'second')).toBe(false);
    finish(answer(true));
    expect(await first).toBe(true);
    expect(write.saving.value).toBe(false);
    expect(write.status.value).toBe('saved');
  });
});
