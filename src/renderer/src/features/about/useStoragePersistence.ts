/** Requests persistent storage once at start-up and remembers the browser's answer. */
import { useEffect, useState } from 'react'
import { requestPersistentStorage, type PersistenceState } from '../../db/storage'

export function useStoragePersistence(): PersistenceState | null {
  const [state, setState] = useState<PersistenceState | null>(null)
  useEffect(() => {
    let current = true
    void requestPersistentStorage().then((result) => current && setState(result))
    return () => {
      current = false
    }
  }, [])
  return state
}
