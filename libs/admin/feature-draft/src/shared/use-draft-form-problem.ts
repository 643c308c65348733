import { useFormProblem } from '@goaltrail/admin-data-access';
import type { Ref } from 'vue';

// The API's common field messages in the drafting forms' words.
const issueKeys: Readonly<Record<string, string>> = {
  'must not be empty': 'draft.issue.required',
  'must be a date as YYYY-MM-DD': 'draft.issue.date',
  'must be 1 or more': 'draft.issue.positive',
  'must be a whole number': 'draft.issue.whole',
  'must be a goal id': 'draft.issue.goal',
  'use lower-case letters, digits and -': 'draft.issue.slug',
  'give decisionRef and decidedOn together, or neither': 'draft.issue.decisionPair',
};

/**
 * A drafting form's refused fields beside each field: a 400's issues, and the business rules that belong to
 * one field (`ruleFields`: rule → field), told in the words of `draft.rule.<rule>` where there are some.
 */
export function useDraftFormProblem(ruleFields: Readonly<Record<string, string>> = {}, form?: Ref<HTMLElement | null>) {
  return useFormProblem({ form, ruleFields, issueKeys, ruleKey: (rule) => `draft.rule.${rule}` });
}
