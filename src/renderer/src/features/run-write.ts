/**
 * How every action module runs a repository write: record its undo step and say what
 * happened, or say in plain words what went wrong (the write itself is one transaction:
 * nothing is half written). Two return conventions, one per kind of write:
 * - a change (edit, delete, link) resolves to true once saved, false after a failure;
 * - a making (create, duplicate, tag) resolves to what was made, or null if it was
 *   refused or failed.
 */
import { resolvePassage, type PassageChoice, type PassageSource } from '@shared/highlights/passage'
import type { HighlightColorId } from '@shared/highlights/colors'
import type { ChangeSet } from '../db/change-set'
import { recordUndo } from '../db/undo-history'
import { announce, announceError } from '../ui/status'

/** What the analyst reads after a write: `done` on success (none when silent). */
export interface WriteMessages<Made = unknown> {
  done?: string | ((made: Made) => string)
  failed: string
}

/** Runs a write that returns its change set (null when nothing changed). */
export async function runChange(
  write: () => Promise<ChangeSet | null>,
  messages: { done?: string; failed: string },
): Promise<boolean> {
  const made = await runMaking(async () => {
    const changeSet = await write()
    return changeSet && { changeSet }
  }, messages)
  // A write that changed nothing did not fail.
  return made !== undefined
}

/**
 * Runs a write that makes something and returns it with its change set; resolves to it,
 * or null when the repository made nothing (e.g. what was to be copied is gone).
 * Resolves undefined only on failure, which has then been announced.
 */
export async function runMaking<Made extends { changeSet: ChangeSet | null }>(
  make: () => Promise<Made | null>,
  messages: WriteMessages<Made>,
): Promise<Made | null | undefined> {
  try {
    const made = await make()
    if (!made) return null
    recordUndo(made.changeSet)
    const { done } = messages
    if (made.changeSet && done) announce(typeof done === 'string' ? done : done(made))
    return made
  } catch (error) {
    announceError(error, messages.failed)
    return undefined
  }
}

/** Resolves what to act on, or says why it cannot be used and resolves null. */
export function usablePassage(
  source: PassageSource,
  newHighlightColor: HighlightColorId,
): PassageChoice | null {
  const resolved = resolvePassage(source, newHighlightColor)
  if (resolved.ok) return resolved.choice
  announce(resolved.problem, 'error')
  return null
}
