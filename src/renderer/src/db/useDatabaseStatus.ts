/** Opens the database at start-up and reports whether the analyst's work can be saved. */
import { useEffect, useState } from 'react'
import { db } from './index'
import { describeOpenFailure, type OpenFailureKind } from './open-failure'
import { storedSchemaVersion } from './raw-export'

export type DatabaseStatus =
  | { state: 'opening' }
  | { state: 'open'; version: number }
  | { state: 'failed'; kind: OpenFailureKind; message: string }

export function useDatabaseStatus(): DatabaseStatus {
  const [status, setStatus] = useState<DatabaseStatus>({ state: 'opening' })
  useEffect(() => {
    let current = true
    db.open().then(
      () => current && setStatus({ state: 'open', version: db.verno }),
      async (error: unknown) => {
        const failure = describeOpenFailure(error, await storedSchemaVersion(db.name))
        if (current) setStatus({ state: 'failed', ...failure })
      },
    )
    return () => {
      current = false
    }
  }, [])
  return status
}
