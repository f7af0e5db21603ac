/** Opens the database at start-up and reports whether the analyst's work can be saved. */
import { useEffect, useState } from 'react'
import { db } from './index'

export type DatabaseStatus =
  { state: 'opening' } | { state: 'open'; version: number } | { state: 'failed'; message: string }

export function useDatabaseStatus(): DatabaseStatus {
  const [status, setStatus] = useState<DatabaseStatus>({ state: 'opening' })
  useEffect(() => {
    let current = true
    db.open().then(
      () => current && setStatus({ state: 'open', version: db.verno }),
      (error: unknown) =>
        current && setStatus({ state: 'failed', message: describeOpenError(error) }),
    )
    return () => {
      current = false
    }
  }, [])
  return status
}

function describeOpenError(error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  if (name === 'VersionError') {
    return 'The database was written by a newer version of Casefile. Update Casefile to open it; nothing has been changed.'
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError') {
    return 'This browser does not allow local storage here (a private window?). Casefile can show sources but cannot save your work.'
  }
  return `The local database could not be opened (${error instanceof Error ? error.message : String(error)}). Your work cannot be saved until this is fixed; nothing has been deleted.`
}
