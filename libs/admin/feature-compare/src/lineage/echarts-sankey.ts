import { SankeyChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the lineage chart draws: the Sankey series, its tooltip, and the SVG renderer (crisp
// at any zoom, and its text stays selectable). This module is imported dynamically, so echarts
// loads when a comparison is shown and never with the app's first page.
use([SankeyChart, TooltipComponent, SVGRenderer]);

/** echarts' `init`, with the sankey parts registered. */
export { init };
