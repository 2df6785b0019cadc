import { use, init, type EChartsType } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

// ECharts with only what the console draws (bar charts), so the supervisor's chunk stays small.
use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer])

export interface BarSeries {
  name: string
  values: number[]
}

export function drawBars(element: HTMLElement, categories: string[], series: BarSeries[]): EChartsType {
  const chart = init(element, undefined, { renderer: 'canvas' })
  chart.setOption({
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, bottom: 32, top: 40 },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
  })
  return chart
}
