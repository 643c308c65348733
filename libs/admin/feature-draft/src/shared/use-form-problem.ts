import { fieldIssues } from '@goaltrail/admin-data-access';
import type { Problem } from '@goaltrail/admin-util';
import { computed, nextTick, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';

// The API speaks English in its field messages; the common ones are shown in the reader's language.
const knownIssues: Readonly<Record<string, string>> = {
  'must not be empty': 'required',
  'must be a date as YYYY-MM-DD': 'date',
  'must be 1 or more': 'positive',
  'must be a whole number': 'whole',
  'must be a goal id': 'goal',
  'use lower-case letters, digits and -': 'slug',
  'give decisionRef and decidedOn together, or neither': 'decisionPair',
};

/**
 * A form's refused fields, shown beside each field: a 400's issues, and the business rules that
 * belong to one field (`ruleFields`: rule → field). `bind(field, id)` gives the input its
 * aria-invalid and points aria-describedby at the message, so a screen reader reads it with the field.
 */
export function useFormProblem(ruleFields: Readonly<Record<string, string>> = {}, form?: Ref<HTMLElement | null>) {
  const { t, te } = useI18n();
  const problem = ref<Problem | null>(null);
  const issues = computed(() => fieldIssues(problem.value, ruleFields));
  const hasFieldIssues = computed(() => Object.keys(issues.value).length > 0);

  function errorFor(field: string): string | undefined {
    const message = issues.value[field];
    if (message === undefined) return undefined;
    const rule = problem.value?.rule;
    if (rule && ruleFields[rule] === field && te(`draft.rule.${rule}`)) return t(`draft.rule.${rule}`);
    const known = knownIssues[message];
    return known ? t(`draft.issue.${known}`) : message;
  }

  function bind(field: string, id: string, hintId?: string) {
    const invalid = errorFor(field) !== undefined;
    const describedBy = [invalid ? `${id}-error` : null, hintId ?? null].filter(Boolean).join(' ');
    return { id, 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': describedBy || undefined };
  }

  /** The problem a form shows, then keyboard focus on the first refused field so the person lands on it. */
  async function show(next: Problem | null): Promise<void> {
    problem.value = next;
    if (!next || !form?.value) return;
    await nextTick();
    form.value.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  return { problem, hasFieldIssues, errorFor, bind, show };
}
