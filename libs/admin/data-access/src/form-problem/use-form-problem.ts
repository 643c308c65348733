import type { Problem } from '@goaltrail/admin-util';
import { computed, nextTick, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { fieldIssues } from '../draft/write-result';

/** What a form knows about the problems its fields can have. */
export interface FormProblemOptions {
  /** The form whose first refused field takes keyboard focus when a problem is shown. */
  readonly form?: Ref<HTMLElement | null>;
  /** The business rules that belong to one field (rule → field), shown beside that field. */
  readonly ruleFields?: Readonly<Record<string, string>>;
  /** The API's field messages that have a translation (message → message key); the rest are shown as written. */
  readonly issueKeys?: Readonly<Record<string, string>>;
  /** Where a field rule's own message is translated, e.g. `draft.rule.<rule>`; a missing one shows the API's message. */
  readonly ruleKey?: (rule: string) => string;
}

/**
 * A form's refused fields, shown beside each field: a 400's issues and the business rules that belong to one
 * field. `bind(field, id, hintId)` gives an input its aria-invalid and points aria-describedby at the message
 * (and hint), so a screen reader reads them with the field; `show` puts keyboard focus on the first refused field.
 */
export function useFormProblem(options: FormProblemOptions = {}) {
  const { form, ruleFields = {}, issueKeys = {}, ruleKey } = options;
  const { t, te } = useI18n();
  const problem = ref<Problem | null>(null);
  const issues = computed(() => fieldIssues(problem.value, ruleFields));
  const hasFieldIssues = computed(() => Object.keys(issues.value).length > 0);

  function errorFor(field: string): string | undefined {
    const message = issues.value[field];
    if (message === undefined) return undefined;
    const rule = problem.value?.rule;
    const ruleMessage = rule && ruleFields[rule] === field && ruleKey ? ruleKey(rule) : undefined;
    if (ruleMessage && te(ruleMessage)) return t(ruleMessage);
    // The API speaks English in its field messages; the common ones are shown in the reader's language,
    // the rest as the API wrote them (they name what is wrong precisely, e.g. "month must be 01 … 12").
    const issueKey = issueKeys[message];
    return issueKey ? t(issueKey) : message;
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
