import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { BlankFieldError } from '../../errors/field-errors';
import {
  DuplicateFocusAreaError,
  FocusAreaNotEmptyError,
  UnknownFocusAreaError,
} from '../../errors/plan-errors';
import { given, planOf, target } from '../../testing/plan-given.fixture';
import { foldPlan } from '../plan.evolve';

const description = [
  'Där alla ges förutsättningar för framtiden',
  '  ',
  'Där skola, akademi och\nnäringsliv möts',
];

describe('focus areas', () => {
  it('given a draft, when a focus area is added, then its description bullets are kept, blank ones dropped', () => {
    const events = decide(
      { type: 'AddFocusArea', ...target, focusAreaId: 'larande', title: ' En lärande kommun ', description },
      planOf(given.drafted()),
    );
    expect(events).toEqual([
      {
        type: 'FocusAreaAdded',
        data: {
          focusAreaId: 'larande',
          title: 'En lärande kommun',
          description: [
            'Där alla ges förutsättningar för framtiden',
            'Där skola, akademi och näringsliv möts',
          ],
        },
      },
    ]);
  });

  it('when the id is taken, then DuplicateFocusAreaError; when the title is blank, then BlankFieldError', () => {
    const plan = planOf(given.drafted(), given.area('larande'));
    const add = {
      type: 'AddFocusArea',
      ...target,
      focusAreaId: 'larande',
      title: 'X',
      description: [],
    } as const;
    expect(() => decide(add, plan)).toThrow(DuplicateFocusAreaError);
    expect(() => decide({ ...add, focusAreaId: 'ny', title: ' ' }, plan)).toThrow(BlankFieldError);
  });

  it('given two areas, when the first is revised, then it keeps its place in the document', () => {
    const history = [given.drafted(), given.area('a', 'Första'), given.area('b', 'Andra')];
    const events = decide(
      {
        type: 'ReviseFocusArea',
        ...target,
        focusAreaId: 'a',
        title: 'Första, reviderad',
        description: ['Punkt'],
      },
      planOf(...history),
    );
    expect(foldPlan([...history, ...events])?.focusAreas.map((a) => a.title)).toEqual([
      'Första, reviderad',
      'Andra',
    ]);
  });

  it('when an unknown area is revised or removed, then UnknownFocusAreaError', () => {
    const plan = planOf(given.drafted());
    expect(() =>
      decide({ type: 'ReviseFocusArea', ...target, focusAreaId: 'x', title: 'T', description: [] }, plan),
    ).toThrow(UnknownFocusAreaError);
    expect(() => decide({ type: 'RemoveFocusArea', ...target, focusAreaId: 'x' }, plan)).toThrow(
      UnknownFocusAreaError,
    );
  });

  it('given an area holding a goal, when it is removed, then FocusAreaNotEmptyError; once empty it goes', () => {
    const history = [
      given.drafted(),
      given.area('a'),
      given.goal('g1', 1, 'Mål', { kind: 'committee', focusAreaId: 'a' }),
    ];
    const remove = { type: 'RemoveFocusArea', ...target, focusAreaId: 'a' } as const;
    expect(() => decide(remove, planOf(...history))).toThrow(FocusAreaNotEmptyError);
    expect(decide(remove, planOf(given.drafted(), given.area('a')))).toEqual([
      { type: 'FocusAreaRemoved', data: { focusAreaId: 'a' } },
    ]);
  });
});
