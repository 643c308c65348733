import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { SeriesRow } from './series-rows';

/** The option object of the series chart (only the registered parts). */
export type SeriesChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption>;

/** The words and number format the chart shows, in the interface language. */
export interface SeriesChartTexts {
  outcome: string;
  target: string;
  definitionMark(version: number): string;
  notComparable: string;
  value(value: number): string;
}

// Contrast of at least 4.5:1 on white for each colour; comparisons across a definition change are
// told apart by a dashed outline and a label too, never by colour alone.
const colours = { outcome: '#1d4e89', notComparable: '#6b8fbf', target: '#9a3412', mark: '#4b5563', text: '#1b1f24' };

/**
 * Outcomes as bars and the targets as a line over the periods. Where a newer definition version starts,
 * a vertical mark names it; a bar whose target was set under another definition is outlined and labelled.
 */
export function seriesChartOption(rows: readonly SeriesRow[], texts: SeriesChartTexts): SeriesChartOption {
  const periods = rows.map((row) => row.period);
  const marks = rows.filter((row) => row.definitionChangesHere);
  const outcomes = rows.map((row) => {
    const value = typeof row.outcome?.value === 'number' ? row.outcome.value : null;
    if (value === null || !row.acrossDefinitionChange) return value;
    return {
      value,
      itemStyle: { color: colours.notComparable, borderColor: colours.text, borderWidth: 2, borderType: 'dashed' as const },
      label: { show: true, position: 'top' as const, color: colours.text, formatter: texts.notComparable },
    };
  });
  return {
    // Motion only distracts here, and people who ask for reduced motion must not get it.
    animation: false,
    grid: { left: 56, right: 24, top: 48, bottom: 40 },
    legend: { top: 0, textStyle: { color: colours.text } },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (value) => (typeof value === 'number' ? texts.value(value) : '—') },
    xAxis: { type: 'category', data: periods, axisLabel: { color: colours.text } },
    yAxis: { type: 'value', axisLabel: { color: colours.text, formatter: (value: number) => texts.value(value) } },
    series: [
      {
        type: 'bar',
        name: texts.outcome,
        data: outcomes,
        barMaxWidth: 48,
        itemStyle: { color: colours.outcome },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: colours.mark, type: 'dashed', width: 2 },
          label: { formatter: (params) => texts.definitionMark(marks[params.dataIndex ?? 0]?.definitionVersion ?? 0), color: colours.text, position: 'insideEndTop' },
          data: marks.map((row) => ({ xAxis: row.period })),
        },
      },
      {
        type: 'line',
        name: texts.target,
        data: rows.map((row) => row.level),
        connectNulls: true,
        symbol: 'diamond',
        symbolSize: 10,
        lineStyle: { color: colours.target, width: 2, type: 'dashed' },
        itemStyle: { color: colours.target },
      },
    ],
  };
}
