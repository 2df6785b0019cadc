import { ref } from 'vue'
import { failureOf, networkFailure, type Failure } from '../problems'

interface Outcome<T> {
  data?: T
  error?: unknown
  response: Response
}

/**
 * One form's submission: the Idempotency-Key is made once per form and kept across retries (a retry after a
 * network drop replays the first result instead of creating a second case); a second click while the first
 * is in flight does nothing. `renew()` after a success starts a new key for the next, different submission.
 */
export function useSubmit() {
  const busy = ref(false)
  const failure = ref<Failure | null>(null)
  let key = crypto.randomUUID()

  async function run<T>(call: (idempotencyKey: string) => Promise<Outcome<T>>): Promise<T | undefined> {
    if (busy.value) return undefined
    busy.value = true
    failure.value = null
    try {
      const { data, error, response } = await call(key)
      if (response.ok) return data
      failure.value = failureOf(response.status, error)
      return undefined
    } catch {
      failure.value = networkFailure()
      return undefined
    } finally {
      busy.value = false
    }
  }

  return {
    busy,
    failure,
    run,
    renew: () => { key = crypto.randomUUID() },
    fieldError: (field: string) => failure.value?.fields[field] ?? '',
  }
}

/** A page's data: loading, the failure if any, and a reload. */
export function useLoad<T>(load: () => Promise<Outcome<T>>) {
  const loading = ref(false)
  const data = ref<T>()
  const failure = ref<Failure | null>(null)

  async function reload(): Promise<void> {
    loading.value = true
    failure.value = null
    try {
      const outcome = await load()
      if (outcome.response.ok) data.value = outcome.data as T
      else failure.value = failureOf(outcome.response.status, outcome.error)
    } catch {
      failure.value = networkFailure()
    } finally {
      loading.value = false
    }
  }

  return { loading, data, failure, reload }
}
