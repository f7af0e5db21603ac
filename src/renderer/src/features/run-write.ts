/**
 * How the UI runs a repository write: record its undo step and say what happened, or say
 * in plain words what went wrong (the write itself is one transaction: nothing is half
 * written). Resolves to the ChangeSet (null when nothing changed), or undefined on failure.
 */
import type { ChangeSet } from '../db/change-set'
import { recordUndo } from '../db/undo-history'
import { announce, announceError } from '../ui/status'

export async function runWrite(
  write: () => Promise<ChangeSet | null>,
  done: string | null,
  failed: string,
): Promise<ChangeSet | null | undefined> {
  try {
    const changeSet = await write()
    recordUndo(changeSet)
    if (changeSet && done) announce(done)
    return changeSet
  } catch (error) {
    announceError(error, failed)
    return undefined
  }
}
