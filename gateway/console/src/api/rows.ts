/** A list endpoint's rows, whether it answers a bare array or a page (`{ items, nextCursor, total }`). */
export function rowsOf<T>(data: T[] | { items?: T[] | null } | null | undefined): T[] {
  if (Array.isArray(data)) return data
  return data?.items ?? []
}
