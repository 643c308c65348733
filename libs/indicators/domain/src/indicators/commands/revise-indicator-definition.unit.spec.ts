import { UnknownEntityError } from '@goaltrail/goals-domain';
import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { DefinitionUnchangedError, UnknownIndicatorError } from '../../errors/indicator-errors';
import { IndicatorInputError } from '../../errors/indicator-input-error';
import { after, defined } from '../../testing/indicator-given.fixture';
import type { ReviseIndicatorDefinition } from './revise-indicator-definition';

const revise = (overrides: Partial<ReviseIndicatorDefinition> = {}): ReviseIndicatorDefinition => ({
  type: 'ReviseIndicatorDefinition',
  indicatorId: 'nojdhet',
  reason: 'Socialstyrelsen bytte enkät 2020',
  measurementMethod: 'skolenkät',
  ...overrides,
});

describe('ReviseIndicatorDefinition', () => {
  it('given version 1, when the method changes, then version 2 carries the whole definition, what changed and why', () => {
    expect(decide(revise(), defined())).toEqual([
      {
        type: 'IndicatorDefinitionRevised',
        data: {
          description: null,
          unit: 'percent',
          direction: 'increase',
          measurementMethod: 'skolenkät',
          dataSource: 'Socialstyrelsen',
          koladaKpiId: 'U21468',
          definitionVersion: 2,
          changed: ['measurementMethod'],
          reason: 'Socialstyrelsen bytte enkät 2020',
        },
      },
    ]);
  });

  it('given two revisions, when folded, then version 3 is current and each version lists its changes', () => {
    const state = after(
      defined(),
      revise(),
      revise({ unit: 'index', koladaKpiId: null, reason: 'Nytt index' }),
    );
    expect(state.definition).toMatchObject({
      version: 3,
      unit: 'index',
      koladaKpiId: null,
      reason: 'Nytt index',
    });
    expect(state.definitions.map((d) => d.version)).toEqual([1, 2, 3]);
    expect(state.definitions[1]?.changes).toEqual([
      { field: 'measurementMethod', from: 'brukarundersökning', to: 'skolenkät' },
    ]);
    expect(state.definitions[2]?.changes).toEqual([
      { field: 'unit', from: 'percent', to: 'index' },
      { field: 'koladaKpiId', from: 'U21468', to: null },
    ]);
  });

  it('when nothing changes but whitespace and case of the Kolada id, then DefinitionUnchangedError', () => {
    const same = revise({ measurementMethod: ' brukarundersökning ', koladaKpiId: 'u21468' });
    expect(() => decide(same, defined())).toThrow(DefinitionUnchangedError);
    expect(() => decide(same, defined())).toThrow(
      expect.objectContaining({ rule: 'revision-changes-the-definition' }),
    );
  });

  it('when the reason is blank and the unit unknown, then both are reported and nothing is decided', () => {
    expect(() => decide(revise({ reason: ' ', unit: 'kr' as never }), defined())).toThrow(
      expect.objectContaining({
        issues: [
          { path: ['unit'], message: 'must be one of percent, count, years, index, text' },
          { path: ['reason'], message: 'must say why the definition changes' },
        ],
      }),
    );
    expect(() => decide(revise({ reason: '' }), defined())).toThrow(IndicatorInputError);
  });

  it('given no indicator, when it is revised, then UnknownIndicatorError, which maps to 404', () => {
    expect(() => decide(revise(), null)).toThrow(UnknownIndicatorError);
    expect(() => decide(revise(), null)).toThrow(UnknownEntityError);
  });
});

describe('RenameIndicator and SetIndicatorTolerance', () => {
  it('when renamed, then the name changes and the definition version does not', () => {
    const state = after(defined(), {
      type: 'RenameIndicator',
      indicatorId: 'nojdhet',
      name: 'Nöjdhet, hemtjänst',
    });
    expect(state.name).toBe('Nöjdhet, hemtjänst');
    expect(state.definition.version).toBe(1);
  });

  it('when renamed to the current name, then nothing is decided; a blank name is refused', () => {
    const rename = { type: 'RenameIndicator', indicatorId: 'nojdhet' } as const;
    expect(decide({ ...rename, name: ' Nöjdhet med hemtjänsten' }, defined())).toEqual([]);
    expect(() => decide({ ...rename, name: ' ' }, defined())).toThrow(
      expect.objectContaining({ issues: [{ path: ['name'], message: 'must not be blank' }] }),
    );
  });

  it('when the tolerance is set, then it changes without a new definition version; the same one decides nothing', () => {
    const set = { type: 'SetIndicatorTolerance', indicatorId: 'nojdhet' } as const;
    const state = after(defined(), { ...set, tolerance: 3.5 });
    expect(state.tolerance).toBe(3.5);
    expect(state.definition.version).toBe(1);
    expect(decide({ ...set, tolerance: 3.5 }, state)).toEqual([]);
    expect(() => decide({ ...set, tolerance: -1 }, state)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['tolerance'] })] }),
    );
  });
});
