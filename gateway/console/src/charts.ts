import { use, init, type EChartsType } from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

// ECharts with only what the console draws (bar and line charts), in its own chunk: the pages import this module
// dynamically, so the chart code loads after the page's first paint and only on the pages that draw.
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer])

export interface Series {
  name: string
  values: number[]
}

function draw(element: HTMLElement, type: 'bar' | 'line', categories: string[], series: Series[]): EChartsType {
  const chart = init(element, undefined, { renderer: 'canvas' })
  chart.setOption({
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, bottom: 32, top: 40 },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ type, name: s.name, data: s.values })),
  })
  // the points as drawn, for assistive checks and the browser tests: "key:v1/v2/…" per category
  element.dataset.points = categories.map((c, i) => `${c}:${series.map((s) => s.values[i]).join('/')}`).join(' ')
  return chart
}

export const drawBars = (element: HTMLElement, categories: string[], series: Series[]) => draw(element, 'bar', categories, series)

/** A ranking: one horizontal bar per subject, the first ranked on top, on the 1000-point scale. */
export function drawRanking(element: HTMLElement, subjects: string[], scores: number[]): EChartsType {
  const chart = init(element, undefined, { renderer: 'canvas' })
  chart.setOption({
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    grid: { left: 16, right: 48, bottom: 24, top: 16, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 1000 },
    yAxis: { type: 'category', data: subjects, inverse: true },
    series: [{ type: 'bar', data: scores, label: { show: true, position: 'right' } }],
  })
  element.dataset.points = subjects.map((s, i) => `${s}:${scores[i]}`).join(' ')
  return chart
}

export const drawLines = (element: HTMLElement, categories: string[], series: Series[]) => draw(element, 'line', categories, series)
