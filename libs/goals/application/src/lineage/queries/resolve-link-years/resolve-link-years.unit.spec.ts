import { describe, expect, it } from 'vitest';
import { LineageYearOrderError, UnknownGoalError, UnknownPlanError } from '@goaltrail/goals-domain';
import { recordedLog } from '../../../testing/recorded-log.fixture';
import { ResolveLinkYearsHandler } from './resolve-link-years.handler';
import { ResolveLinkYearsQuery } from './resolve-link-years.query';

const sn = 'sn';

/** 2005 holds `old` and `gone`; 2020 (drafted fresh) holds `new`, carried to 2021. */
function resolver() {
  const log = recordedLog();
  log.run({ type: 'RegisterCommittee', committeeId: sn, name: 'Socialnämnden' });
  log.run({ type: 'DraftPlan', committeeId: sn, year: 2005 });
  log.run({ type: 'AddGoal', committeeId: sn, year: 2005, goalId: 'old', kind: 'directional', number: 1, text: 'Gammalt' });
  log.run({ type: 'AddGoal', committeeId: sn, year: 2005, goalId: 'gone', kind: 'directional', number: 2, text: 'Borta' });
  log.run({ type: 'DraftPlan', committeeId: sn, year: 2020 });
  log.run({ type: 'AddGoal', committeeId: sn, year: 2020, goalId: 'new', kind: 'effect', number: 1, text: 'Nytt' });
  log.run({ type: 'DraftPlan', committeeId: sn, year: 2021, fromYear: 2020 });
  const handler = new ResolveLinkYearsHandler(log.model());
  return (...args: ConstructorParameters<typeof ResolveLinkYearsQuery>) => handler.execute(new ResolveLinkYearsQuery(...args));
}

describe('ResolveLinkYears', () => {
  it('given goals only, then from the newest year holding the source before the first year holding the target', async () => {
    expect(await resolver()('old', 'new')).toEqual({ committeeId: sn, fromYear: 2005, toYear: 2020 });
  });

  it('given a retirement, then from the newest year holding the goal to the next plan', async () => {
    expect(await resolver()('gone', null)).toEqual({ committeeId: sn, fromYear: 2005, toYear: 2020 });
  });

  it('given years in the request, then they win', async () => {
    expect(await resolver()('new', 'new', 2020, 2021)).toEqual({ committeeId: sn, fromYear: 2020, toYear: 2021 });
  });

  it('when nothing earlier holds the source, then LineageYearOrderError; unknown goals and missing next plans are named', async () => {
    const resolve = resolver();
    await expect(resolve('new', 'old')).rejects.toThrow(LineageYearOrderError);
    await expect(resolve('nope', 'new')).rejects.toThrow(UnknownGoalError);
    await expect(resolve('new', null)).rejects.toThrow(UnknownPlanError);
  });
});
