/**
 * The session's undo/redo history of database writes. Kept in sessionStorage so that a
 * reload of the page keeps it (closing the window ends the session and the history);
 * a step too large to store (adding a long imported document) is kept in memory only, and
 * the steps before it are not stored either.
 */
import {
  emptyUndoStack,
  pushUndo,
  takeRedo,
  takeUndo,
  trimUndo,
  type UndoStack,
} from '@shared/undo/undo-stack'
import { createHistorySerialiser } from '@shared/undo/stored-history'
import { useSyncExternalStore } from 'react'
import { applyChangeSet, type ChangeSet } from './change-set'
import type { CasefileDatabase } from './database'
import { CURRENT_SCHEMA_VERSION } from './schema-versions'

/**
 * Keyed by schema version: a step recorded against another version's rows (a v4
 * document row, say) must never be replayed into this one's tables after an upgrade.
 */
export const UNDO_HISTORY_KEY = `casefile:undo-history:v${CURRENT_SCHEMA_VERSION}`

function load(): UndoStack<ChangeSet> {
  try {
    const raw = sessionStorage.getItem(UNDO_HISTORY_KEY)
    const parsed: unknown = raw ? JSON.parse(raw) : null
    if (parsed && typeof parsed === 'object' && 'done' in parsed && 'undone' in parsed) {
      return parsed as UndoStack<ChangeSet>
    }
  } catch {
    // A corrupt or unavailable history only costs undo; the data itself is untouched.
  }
  return emptyUndoStack()
}

let stack = load()
const listeners = new Set<() => void>()
const serialise = createHistorySerialiser()

function save(next: UndoStack<ChangeSet>): void {
  stack = next
  let kept = next
  // Many large entries must not break saving: past the quota, keep fewer entries.
  for (let keep = Math.max(1, kept.done.length); keep >= 1; keep = Math.floor(keep / 2)) {
    try {
      sessionStorage.setItem(UNDO_HISTORY_KEY, serialise(kept))
      break
    } catch {
      kept = trimUndo(next, keep)
      if (keep === 1) sessionStorage.removeItem(UNDO_HISTORY_KEY)
    }
  }
  for (const listener of listeners) listener()
}

/** Records a write so it can be undone. A null ChangeSet (nothing changed) is ignored. */
export function recordUndo(changeSet: ChangeSet | null): void {
  if (changeSet) save(pushUndo(stack, changeSet))
}

/**
 * Undoes the last write; resolves to its label, or null when there was nothing. On a
 * conflict (the data changed since) the entry is dropped and the error rethrown.
 */
export async function undo(db: CasefileDatabase): Promise<string | null> {
  const step = takeUndo(stack)
  if (!step) return null
  try {
    await applyChangeSet(db, step.entry, 'undo')
    save(step.stack)
  } catch (error) {
    save({ ...step.stack, undone: step.stack.undone.slice(0, -1) })
    throw error
  }
  return step.entry.label
}

/** Redoes the last undone write; resolves to its label, or null when there was nothing. */
export async function redo(db: CasefileDatabase): Promise<string | null> {
  const step = takeRedo(stack)
  if (!step) return null
  try {
    await applyChangeSet(db, step.entry, 'redo')
    save(step.stack)
  } catch (error) {
    save({ ...step.stack, done: step.stack.done.slice(0, -1) })
    throw error
  }
  return step.entry.label
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The labels of the next undo and redo, for menus and tooltips; null when unavailable. */
export function useUndoState(): { undoLabel: string | null; redoLabel: string | null } {
  const current = useSyncExternalStore(subscribe, () => stack)
  return {
    undoLabel: current.done[current.done.length - 1]?.label ?? null,
    redoLabel: current.undone[current.undone.length - 1]?.label ?? null,
  }
}

/**
 * Forgets every step: after a restore or an erase the steps describe rows that are gone
 * or replaced, and undoing them would only fail with conflicts.
 */
export function clearUndoHistory(): void {
  save(emptyUndoStack())
}
