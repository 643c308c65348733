import { useFormProblem } from '@goaltrail/admin-data-access';
import type { Ref } from 'vue';

// The API's commonest field messages in the indicator views' words.
const issueKeys: Readonly<Record<string, string>> = {
  'must not be empty': 'indicators.issue.required',
  'must be a number': 'indicators.issue.number',
};

/** An indicator form's refused fields beside each field, with keyboard focus on the first (see `useFormProblem`). */
export function useFieldProblem(form: Ref<HTMLElement | null>) {
  return useFormProblem({ form, issueKeys });
}
