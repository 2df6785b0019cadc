import { ref, shallowRef } from 'vue'
import { failureOf, networkFailure, type Failure } from '../problems'

interface Page<T> {
  items: T[]
  nextCursor?: string | null
  total?: number | null
}

interface Outcome<T> {
  data?: Page<T>
  error?: unknown
  response: Response
}

/**
 * A list paged on the server (decision 0550): `reload()` asks for the first page, `more()` for the next one with the
 * last page's cursor and the same filters, appending its items. `hasMore` is false on the last page.
 */
export function usePages<T>(load: (cursor: string | undefined) => Promise<Outcome<T>>) {
  const loading = ref(false)
  const items = shallowRef<T[]>([])
  const total = ref<number | null>()
  const hasMore = ref(false)
  const failure = ref<Failure | null>(null)
  let cursor: string | undefined

  async function fetchPage(append: boolean): Promise<void> {
    loading.value = true
    failure.value = null
    try {
      const outcome = await load(append ? cursor : undefined)
      if (!outcome.response.ok || !outcome.data) {
        failure.value = failureOf(outcome.response.status, outcome.error)
        return
      }
      items.value = append ? [...items.value, ...outcome.data.items] : outcome.data.items
      total.value = outcome.data.total
      cursor = outcome.data.nextCursor ?? undefined
      hasMore.value = cursor !== undefined
    } catch {
      failure.value = networkFailure()
    } finally {
      loading.value = false
    }
  }

  return {
    loading,
    items,
    total,
    hasMore,
    failure,
    reload: () => fetchPage(false),
    more: () => fetchPage(true),
  }
}
