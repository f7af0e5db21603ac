/**
 * An undo/redo history as plain data, so it can be stored (the app keeps it in
 * sessionStorage to survive a reload) and tested without a UI.
 */

export interface UndoStack<T> {
  /** Oldest first; the last entry is what undo reverts next. */
  done: T[]
  /** Most recently undone last; what redo re-applies next. */
  undone: T[]
}

/** Entries kept at most; older ones fall off the bottom. */
export const UNDO_LIMIT = 100

export function emptyUndoStack<T>(): UndoStack<T> {
  return { done: [], undone: [] }
}

/** Records a new action: it becomes the next to undo, and the redo history is dropped. */
export function pushUndo<T>(stack: UndoStack<T>, entry: T, limit = UNDO_LIMIT): UndoStack<T> {
  return { done: [...stack.done, entry].slice(-limit), undone: [] }
}

/** The entry to undo and the stack once it is undone; null when there is nothing. */
export function takeUndo<T>(stack: UndoStack<T>): { entry: T; stack: UndoStack<T> } | null {
  const entry = stack.done[stack.done.length - 1]
  if (entry === undefined) return null
  return { entry, stack: { done: stack.done.slice(0, -1), undone: [...stack.undone, entry] } }
}

/** The entry to redo and the stack once it is redone; null when there is nothing. */
export function takeRedo<T>(stack: UndoStack<T>): { entry: T; stack: UndoStack<T> } | null {
  const entry = stack.undone[stack.undone.length - 1]
  if (entry === undefined) return null
  return { entry, stack: { done: [...stack.done, entry], undone: stack.undone.slice(0, -1) } }
}

/** Drops the oldest entries (for a storage quota) keeping at least the newest one. */
export function trimUndo<T>(stack: UndoStack<T>, keep: number): UndoStack<T> {
  const n = Math.max(1, keep)
  return { done: stack.done.slice(-n), undone: stack.undone.slice(-n) }
}
