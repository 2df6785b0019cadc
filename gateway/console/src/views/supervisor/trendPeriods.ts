// The trend's periods, keyed as the breakdown keys them (day yyyy-mm-dd, ISO week by its Monday, month yyyy-mm),
// so that a period without counters still shows, as zero.
export type TrendBy = 'day' | 'week' | 'month'

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`)
const iso = (d: Date): string => d.toISOString().slice(0, 10)
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000)
const monday = (d: Date): Date => addDays(d, -((d.getUTCDay() + 6) % 7))

export function keyOf(by: TrendBy, date: string): string {
  if (by === 'month') return date.slice(0, 7)
  return by === 'week' ? iso(monday(day(date))) : date.slice(0, 10)
}

/** Every key from `from` to `to` (yyyy-mm-dd), in order. */
export function keysBetween(by: TrendBy, from: string, to: string): string[] {
  const keys: string[] = []
  for (let d = day(from); d <= day(to) && keys.length < 400; d = addDays(d, 1)) {
    const key = keyOf(by, iso(d))
    if (keys[keys.length - 1] !== key) keys.push(key)
  }
  return keys
}

/** Without dates chosen: the last 30 days, 12 weeks or 12 months up to today (within the API's 366 days). */
export function defaultFrom(by: TrendBy, today: string): string {
  const t = day(today)
  if (by === 'day') return iso(addDays(t, -29))
  if (by === 'week') return iso(addDays(monday(t), -77))
  return iso(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - 11, 1)))
}
