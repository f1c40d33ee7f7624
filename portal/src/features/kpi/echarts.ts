import { use, init, type ComposeOption, type ECharts } from 'echarts/core'
import { BarChart, LineChart, PieChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts'
import {
  DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
  type DatasetComponentOption, type GridComponentOption, type LegendComponentOption, type TitleComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

/** Only the charts and components the portal draws, so the bundle carries no more of ECharts than that. */
use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, DatasetComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  | BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption
  | LegendComponentOption | TitleComponentOption | DatasetComponentOption
>

export { init, type ECharts }
