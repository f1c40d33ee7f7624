import { use, init, type ComposeOption, type ECharts } from 'echarts/core'
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  GridComponent, LegendComponent, TooltipComponent,
  type GridComponentOption, type LegendComponentOption, type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

/** The collection chart needs bars and a line on a grid, a legend and a tooltip: nothing more of ECharts. */
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

export { init, type ECharts }
