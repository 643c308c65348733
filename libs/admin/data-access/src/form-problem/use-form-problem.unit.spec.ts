// @vitest-environment happy-dom
import type { Problem } from '@goaltrail/admin-util';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { createI18n } from 'vue-i18n';
import { useFormProblem, type FormProblemOptions } from './use-form-problem';

const problem = (extra: Partial<Problem>): Problem => ({ kind: 'http', status: 400, message: 'refused', issues: [], rule: null, path: null, ...extra });
const messages = { en: { issue: { required: 'Fill this in' }, rule: { 'titles-are-unique': 'That title is taken' } } };

// A form of two fields using the composable, so `show` has real inputs to focus.
function mountForm(options: Omit<FormProblemOptions, 'form'>) {
  let state!: ReturnType<typeof useFormProblem>;
  const Form = defineComponent(() => {
    const form = ref<HTMLElement | null>(null);
    state = useFormProblem({ ...options, form });
    return () =>
      h('form', { ref: form }, [h('input', { ...state.bind('title', 'title', 'title-hint') }), h('input', { ...state.bind('year', 'year') })]);
  });
  const wrapper = mount(Form, { attachTo: document.body, global: { plugins: [createI18n({ legacy: false, locale: 'en', messages })] } });
  return { wrapper, state: () => state };
}

describe('useFormProblem', () => {
  it('shows known field messages in the reader’s words and the rest as the API wrote them', async () => {
    const { state } = mountForm({ issueKeys: { 'must not be empty': 'issue.required' } });
    await state().show(problem({ issues: [{ path: ['title'], message: 'must not be empty' }, { path: ['year'], message: 'must be 2000 or later' }] }));
    expect(state().hasFieldIssues.value).toBe(true);
    expect(state().errorFor('title')).toBe('Fill this in');
    expect(state().errorFor('year')).toBe('must be 2000 or later');
    expect(state().errorFor('text')).toBeUndefined();
  });

  it("puts a field's broken rule beside it, translated where a message exists", async () => {
    const ruleKey = (rule: string) => `rule.${rule}`;
    const { state } = mountForm({ ruleFields: { 'titles-are-unique': 'title', 'years-follow-on': 'year' }, ruleKey });
    await state().show(problem({ status: 422, message: 'Title "Trygghet" is taken', rule: 'titles-are-unique' }));
    expect(state().errorFor('title')).toBe('That title is taken');
    await state().show(problem({ status: 422, message: 'Year 2007 does not follow 2005', rule: 'years-follow-on' }));
    expect(state().errorFor('year')).toBe('Year 2007 does not follow 2005');
  });

  it('marks refused fields for assistive technology and focuses the first of them', async () => {
    const { wrapper, state } = mountForm({});
    const [title, year] = wrapper.findAll('input');
    expect(title?.attributes()).toMatchObject({ id: 'title', 'aria-describedby': 'title-hint' });
    expect(title?.attributes('aria-invalid')).toBeUndefined();

    await state().show(problem({ issues: [{ path: ['year'], message: 'must be a number' }] }));
    expect(year?.attributes()).toMatchObject({ 'aria-invalid': 'true', 'aria-describedby': 'year-error' });
    expect(document.activeElement?.id).toBe('year');

    await state().show(null);
    expect(state().hasFieldIssues.value).toBe(false);
    expect(year?.attributes('aria-invalid')).toBeUndefined();
    wrapper.unmount();
  });
});
