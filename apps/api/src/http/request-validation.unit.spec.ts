import { adoptPlanSchema, planReadQuerySchema, rewordGoalSchema } from '@goaltrail/contracts';
import { describe, expect, it } from 'vitest';
import { RequestValidationError, ValidateWith } from './request-validation';

function refusal(attempt: () => unknown): RequestValidationError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof RequestValidationError) return error;
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('ValidateWith', () => {
  it('passes a valid body on, parsed and trimmed', () => {
    const body = new ValidateWith(adoptPlanSchema).transform({ decisionRef: '  SN § 12  ', decidedOn: '2020-12-14' });
    expect(body).toEqual({ decisionRef: 'SN § 12', decidedOn: '2020-12-14' });
  });

  it('lists every refused field with its path', () => {
    const error = refusal(() => new ValidateWith(rewordGoalSchema).transform({ text: '', expectedRevision: -1 }));
    expect(error.issues.map((issue) => issue.path)).toEqual([['text'], ['reason'], ['expectedRevision']]);
    expect(error.getStatus()).toBe(400);
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    const error = refusal(() => new ValidateWith(adoptPlanSchema).transform({ decisionRef: 'SN', decidedOn: '2020-02-30x', actor: 'me' }));
    expect(error.message).toMatch(/decidedOn must be a date as YYYY-MM-DD/);
    expect(error.message).toMatch(/actor/);
  });

  it('refuses an as-of time that is not ISO 8601', () => {
    const error = refusal(() => new ValidateWith(planReadQuerySchema, 'query').transform({ asOf: 'yesterday' }));
    expect(error.where).toBe('query');
    expect(error.issues[0]?.path).toEqual(['asOf']);
  });
});
