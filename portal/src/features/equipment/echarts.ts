import { use, init, type ComposeOption, type ECharts } from 'echarts/core'
import { BarChart, type BarSeriesOption } from 'echarts/charts'
import { GridComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

/** The equipment health chart needs bars on a grid with a tooltip, nothing more of ECharts. */
use([BarChart, GridComponent, TooltipComponent, CanvasRenderer])

export type BarOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>

export { init, type ECharts }
