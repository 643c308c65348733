import type { Problem } from '@goaltrail/admin-util';
import { describe, expect, it } from 'vitest';
import { sampleHistory } from '../testing/sample-answers';
import { theirVersionIn } from './their-version';
import { fieldIssues } from './write-result';

const problem = (extra: Partial<Problem>): Problem => ({ kind: 'http', status: 400, message: 'refused', issues: [], rule: null, path: null, ...extra });

describe('fieldIssues', () => {
  it("names a 400's refused fields by their first path segment, the first message winning", () => {
    const refused = problem({
      issues: [
        { path: ['description', 1], message: 'must not be empty' },
        { path: ['description', 2], message: 'too long' },
        { path: [], message: 'the body as a whole' },
      ],
    });
    expect(fieldIssues(refused)).toEqual({ description: 'must not be empty' });
  });

  it('puts a broken rule beside the field it belongs to, and nowhere when none is named', () => {
    const taken = problem({ status: 422, message: 'Number 1 is taken', rule: 'goal-numbers-are-unique-in-a-section' });
    expect(fieldIssues(taken, { 'goal-numbers-are-unique-in-a-section': 'number' })).toEqual({ number: 'Number 1 is taken' });
    expect(fieldIssues(taken)).toEqual({});
    expect(fieldIssues(null)).toEqual({});
  });
});

describe('theirVersionIn', () => {
  it("takes the goal's newest wording in the year asked, with who saved it", () => {
    expect(theirVersionIn(sampleHistory, 2005)).toEqual({
      text: 'De värderingar som ligger till grund för prioriteringarna ska göras tydliga för Nackaborna.',
      measurementMethod: null,
      revision: 1,
      actor: 'pia.planner',
      recordedAt: '2026-11-23T08:00:00.000Z',
    });
    expect(theirVersionIn(sampleHistory, 2021)).toBeNull();
  });
});
