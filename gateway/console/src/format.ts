import { t } from './texts'

export interface Limit {
  amount: number
  unit: string
}

export function limitText(limit: Limit | null | undefined): string {
  if (!limit) return ''
  if (limit.amount === 0) return t.guide.instant
  return limit.unit === 'working-days' ? `${limit.amount}${t.guide.workingDays}` : `${limit.amount} ${limit.unit}`
}

export function statusText(status: string): string {
  return t.caseStatus[status] ?? status
}

export function dateTime(value: string | null | undefined): string {
  return value ? new Date(value).toLocaleString('zh-CN', { hour12: false }) : ''
}

/** Working days from today to a due date (yyyy-mm-dd), Monday to Friday: the countdown shown (the server's
 *  calendar, with its holidays, decides the deadlines themselves). Negative once past. */
export function workingDaysUntil(due: string, today = new Date()): number {
  const [y, m, d] = due.slice(0, 10).split('-').map(Number)
  const end = Date.UTC(y, m - 1, d)
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())
  if (Number.isNaN(end)) return 0
  const step = end >= start ? 1 : -1
  let n = 0
  for (let t = start; t !== end && Math.abs(n) < 5000; ) {
    t += step * 86_400_000
    const weekday = new Date(t).getUTCDay()
    if (weekday !== 0 && weekday !== 6) n += step
  }
  return n
}

/** Today in China (yyyy-mm-dd), whatever the device's time zone: the API's dates are China's. */
export function chinaToday(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
}

/** A rate (0–1) as a percentage with one decimal; "—" when there is no base. */
export function percent(rate: number | string | null | undefined): string {
  return rate == null ? '—' : `${(Number(rate) * 100).toFixed(1)}%`
}
