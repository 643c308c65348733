import { InvalidPositionError, WrongExpectedRevisionError } from '@goaltrail/event-store';
import {
  GoalRevisionConflictError,
  PlanAlreadyAdoptedError,
  UnknownPlanError,
} from '@goaltrail/goals-domain';
import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { toProblem } from './problem.filter';
import { RequestValidationError } from './request-validation';

describe('toProblem', () => {
  it('answers bad input with 400 and the field paths', () => {
    const problem = toProblem(new RequestValidationError('body', [{ path: ['decidedOn'], message: 'must be a date as YYYY-MM-DD' }]));
    expect(problem).toMatchObject({ statusCode: 400, error: 'Bad Request', issues: [{ path: ['decidedOn'] }] });
    expect(problem.message).toMatch(/decidedOn must be a date/);
    expect(toProblem(new InvalidPositionError('x')).statusCode).toBe(400);
  });

  it('answers an unknown plan with 404 and a broken rule with 422 naming it', () => {
    expect(toProblem(new UnknownPlanError('socialnamnden', 2031))).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect(toProblem(new PlanAlreadyAdoptedError('socialnamnden', 2020))).toMatchObject({
      statusCode: 422,
      error: 'Unprocessable Entity',
      rule: 'adopted-plan-is-immutable',
    });
  });

  it('answers stale revisions with 409 and the revision to retry with', () => {
    expect(toProblem(new GoalRevisionConflictError('g1', 0, 2))).toMatchObject({ statusCode: 409, currentRevision: 2 });
    expect(toProblem(new WrongExpectedRevisionError('plan-sn-2021', 3, 5))).toMatchObject({ statusCode: 409, currentRevision: 5 });
  });

  it('keeps Nest HTTP exceptions (401, 403) with their message', () => {
    expect(toProblem(new UnauthorizedException('Log in first'))).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Log in first' });
    expect(toProblem(new ForbiddenException('Only planners may do that')).statusCode).toBe(403);
  });

  it('hides the details of anything unexpected behind a 500', () => {
    const problem = toProblem(new TypeError('cannot read properties of undefined'));
    expect(problem.statusCode).toBe(500);
    expect(problem.message).not.toMatch(/undefined/);
  });
});
