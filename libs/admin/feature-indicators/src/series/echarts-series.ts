import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the series chart draws: bars for outcomes, a line for targets, the definition-change marks,
// axes, legend and tooltip, drawn as SVG. Imported dynamically, so echarts loads with an indicator's
// page and never with the app's first page.
use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

/** echarts' `init`, with the series chart's parts registered. */
export { init };
