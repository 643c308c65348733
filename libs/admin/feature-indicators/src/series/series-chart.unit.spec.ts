import { sampleSeries } from '@goaltrail/admin-data-access';
import type { IndicatorSeries } from '@goaltrail/indicators-domain';
import { describe, expect, it } from 'vitest';
import { seriesChartOption, type SeriesChartTexts } from './series-options';
import { seriesRows, targetLevel } from './series-rows';

const texts: SeriesChartTexts = {
  outcome: 'Utfall',
  target: 'Målvärde',
  definitionMark: (version) => `Definition v${version}`,
  notComparable: '≠',
  value: (value) => `${value} %`,
};

describe('the series as rows and as a chart', () => {
  it('marks where a newer definition starts and which comparisons cross it', () => {
    const rows = seriesRows(sampleSeries);
    expect(rows.map((row) => [row.period, row.level, row.definitionVersion, row.definitionChangesHere, row.acrossDefinitionChange])).toEqual([
      ['2005', 75, 1, false, false],
      ['2006', 78, 2, true, true],
    ]);
  });

  it('reads a baseline target as the level it sets', () => {
    const target = { ...(sampleSeries.points[0]?.target as NonNullable<IndicatorSeries['points'][number]['target']>) };
    expect(targetLevel({ ...target, comparator: 'increase-from-baseline', value: 5, baseline: { period: '2004', value: 70 } })).toBe(75);
    expect(targetLevel({ ...target, comparator: 'decrease-from-baseline', value: 5, baseline: { period: '2004', value: 70 } })).toBe(65);
  });

  it('draws outcomes as bars, targets as a line, and a mark line at the definition change', () => {
    const option = seriesChartOption(seriesRows(sampleSeries), texts);
    expect(option.xAxis).toMatchObject({ data: ['2005', '2006'] });
    const [bars, line] = option.series as [{ type: string; data: unknown[]; markLine: { data: unknown[] } }, { type: string; data: unknown[] }];
    expect(bars.type).toBe('bar');
    expect(bars.data[0]).toBe(73);
    // The comparison across the change is outlined and labelled, not only recoloured.
    expect(bars.data[1]).toMatchObject({ value: 81, itemStyle: { borderType: 'dashed' }, label: { show: true, formatter: '≠' } });
    expect(bars.markLine.data).toEqual([{ xAxis: '2006' }]);
    expect(line).toMatchObject({ type: 'line', data: [75, 78] });
  });
});
