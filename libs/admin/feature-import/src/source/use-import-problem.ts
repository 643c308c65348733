import { fieldIssues } from '@goaltrail/admin-data-access';
import type { Problem } from '@goaltrail/admin-util';
import { computed, nextTick, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';

// The API's field messages are English; the common ones are shown in the reader's language.
const knownIssues: Readonly<Record<string, string>> = {
  'must not be empty': 'required',
  'use lower-case letters, digits and -': 'slug',
  'must be 1900 or later': 'year',
  'must be 2200 or earlier': 'year',
  'must be a whole year': 'year',
};

// An import the server cannot commit names what is missing in its message; it belongs beside that field.
function refusedField(problem: Problem): string | null {
  if (problem.rule !== 'import-not-committable') return null;
  if (/committee/i.test(problem.message)) return 'committeeId';
  if (/year/i.test(problem.message)) return 'year';
  if (/empty/i.test(problem.message)) return 'text';
  return null;
}

/** The import form's refused fields, in the reader's language, and focus on the first of them. */
export function useImportProblem(problem: () => Problem | null, form: Ref<HTMLElement | null>) {
  const { t } = useI18n();
  const issues = computed(() => {
    const current = problem();
    const byField = fieldIssues(current);
    const field = current ? refusedField(current) : null;
    if (field && !(field in byField)) byField[field] = `rule:${field}`;
    return byField;
  });
  const hasFieldIssues = computed(() => Object.keys(issues.value).length > 0);

  function errorFor(field: string): string | undefined {
    const message = issues.value[field];
    if (message === undefined) return undefined;
    if (message.startsWith('rule:')) return t(`import.rule.${field}`);
    const known = knownIssues[message];
    return known ? t(`import.issue.${known}`) : message;
  }

  function bind(field: string, id: string, hintId?: string) {
    const invalid = errorFor(field) !== undefined;
    const describedBy = [invalid ? `${id}-error` : null, hintId ?? null].filter(Boolean).join(' ');
    return { id, 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': describedBy || undefined };
  }

  async function focusRefused(): Promise<void> {
    await nextTick();
    form.value?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  return { hasFieldIssues, errorFor, bind, focusRefused };
}
