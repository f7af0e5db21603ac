/** Runs an async load when its key changes and exposes loading, error and value. */
import { useEffect, useState } from 'react'

export type AsyncState<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T }

/**
 * Loads `load()` whenever `key` changes; results of a superseded load are dropped so a
 * slow answer never overwrites a newer one. A null key means nothing to load.
 */
export function useAsync<T>(key: string | null, load: () => Promise<T>): AsyncState<T> | null {
  const [state, setState] = useState<{ key: string | null; value: AsyncState<T> } | null>(null)
  useEffect(() => {
    if (key === null) return
    let current = true
    load().then(
      (value) => current && setState({ key, value: { status: 'ready', value } }),
      (error: unknown) =>
        current &&
        setState({
          key,
          value: {
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          },
        }),
    )
    return () => {
      current = false
    }
    // `load` is recreated each render; the key says when there is something new to load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  if (key === null) return null
  return state?.key === key ? state.value : { status: 'loading' }
}
