import { fieldIssues } from '@goaltrail/admin-data-access';
import type { Problem } from '@goaltrail/admin-util';
import { computed, nextTick, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';

// The API speaks English in its field messages; the commonest are shown in the reader's language,
// the rest as the API wrote them (they name what is wrong precisely, e.g. "month must be 01 … 12").
const knownIssues: Readonly<Record<string, string>> = {
  'must not be empty': 'required',
  'must be a number': 'number',
};

/**
 * A form's refused fields beside each field. `bind(field, id, hintId)` gives an input its aria-invalid and
 * points aria-describedby at the message (and hint), so a screen reader reads them with the field; `show`
 * puts keyboard focus on the first refused field.
 */
export function useFieldProblem(form: Ref<HTMLElement | null>) {
  const { t } = useI18n();
  const problem = ref<Problem | null>(null);
  const issues = computed(() => fieldIssues(problem.value));
  const hasFieldIssues = computed(() => Object.keys(issues.value).length > 0);

  function errorFor(field: string): string | undefined {
    const message = issues.value[field];
    if (message === undefined) return undefined;
    const known = knownIssues[message];
    return known ? t(`indicators.issue.${known}`) : message;
  }

  function bind(field: string, id: string, hintId?: string) {
    const invalid = errorFor(field) !== undefined;
    const describedBy = [invalid ? `${id}-error` : null, hintId ?? null].filter(Boolean).join(' ');
    return { id, 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': describedBy || undefined };
  }

  async function show(next: Problem | null): Promise<void> {
    problem.value = next;
    if (!next || !form.value) return;
    await nextTick();
    form.value.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  return { problem, hasFieldIssues, errorFor, bind, show };
}
