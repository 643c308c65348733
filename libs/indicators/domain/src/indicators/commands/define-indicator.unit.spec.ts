import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { IndicatorAlreadyDefinedError } from '../../errors/indicator-errors';
import { defined, inputIssues, nojdhet } from '../../testing/indicator-given.fixture';
import { indicatorStateFrom } from '../indicator.evolve';
import type { DefineIndicator } from './define-indicator';

const define = (overrides: Partial<DefineIndicator> = {}): DefineIndicator => ({ ...nojdhet, ...overrides });

describe('DefineIndicator', () => {
  it('given nothing, when an indicator is defined, then IndicatorDefined holds the normalised definition at version 1', () => {
    const events = decide(
      define({
        name: ' Nöjdhet  med\nhemtjänsten '.normalize('NFD'),
        description: '  ',
        koladaKpiId: ' u21468 ',
        tolerance: undefined,
      }),
      null,
    );
    expect(events).toEqual([
      {
        type: 'IndicatorDefined',
        data: {
          indicatorId: 'nojdhet',
          name: 'Nöjdhet med hemtjänsten',
          description: null,
          unit: 'percent',
          direction: 'increase',
          measurementMethod: 'brukarundersökning',
          dataSource: 'Socialstyrelsen',
          koladaKpiId: 'U21468',
          tolerance: 0,
          definitionVersion: 1,
        },
      },
    ]);
  });

  it('given the event, when folded, then the indicator is at definition version 1 with no targets or outcomes', () => {
    const state = indicatorStateFrom(decide(define(), null));
    expect(state?.definition).toMatchObject({ version: 1, unit: 'percent', reason: null, changes: [] });
    expect(state?.definitions).toHaveLength(1);
    expect(state?.tolerance).toBe(2);
    expect(state?.targets.size).toBe(0);
    expect(state?.measurements.size).toBe(0);
  });

  it('given a defined indicator, when it is defined again, then IndicatorAlreadyDefinedError', () => {
    expect(() => decide(define(), defined())).toThrow(IndicatorAlreadyDefinedError);
    expect(() => decide(define(), defined())).toThrow(
      expect.objectContaining({ rule: 'indicator-is-defined-once' }),
    );
  });

  it('when everything is wrong, then every problem is listed with its path and nothing is decided', () => {
    const command = define({
      name: ' ',
      unit: 'kronor' as never,
      direction: 'sideways' as never,
      measurementMethod: '',
      dataSource: '\n',
      koladaKpiId: 'N0094',
      tolerance: -1,
    });
    expect(inputIssues(() => decide(command, null)).map((issue) => issue.path)).toEqual([
      ['name'],
      ['unit'],
      ['direction'],
      ['measurementMethod'],
      ['dataSource'],
      ['koladaKpiId'],
      ['tolerance'],
    ]);
  });

  it.each(['N0094', 'NN0945', '00945N', 'N009450', 'Å00945'])('refuses Kolada KPI id "%s"', (koladaKpiId) => {
    expect(inputIssues(() => decide(define({ koladaKpiId }), null))).toEqual([
      { path: ['koladaKpiId'], message: 'must be a Kolada KPI id: a letter and five digits, e.g. N00945' },
    ]);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -0.5])('refuses tolerance %s', (tolerance) => {
    expect(inputIssues(() => decide(define({ tolerance }), null))[0]?.path).toEqual(['tolerance']);
  });
});
