import { catalog } from './client'

/** The names of a region and its child regions, by division code (the rankings and figures name regions by code);
 *  an unknown code keeps its code. */
export async function regionNames(division: string): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  const { data } = await catalog.GET('/api/v1/catalog/regions/{divisionCode}', { params: { path: { divisionCode: division } } })
  if (!data) return names
  names.set(data.code, data.name)
  for (const child of data.children) names.set(child.code, child.name)
  return names
}

/** The month before this one (yyyy-MM): the latest closed month, the one assessed and published. */
export function lastMonth(today = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth() - 1, 1)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}
