/**
 * One status line for the whole app ("Quote copied with its citation."), announced
 * politely to screen readers; errors are announced assertively. The line lives in a strip
 * of its own at the bottom of the window (see StatusBar), so it never covers the reader,
 * the selection toolbar or a popover.
 */
import { useSyncExternalStore } from 'react'

/** Something the analyst can do about a message, offered as a button beside it ("Undo"). */
export interface StatusAction {
  label: string
  run: () => void
}

export interface StatusMessage {
  id: number
  text: string
  tone: 'info' | 'error'
  action?: StatusAction
  /** How long the message shows before it goes by itself; null: until dismissed or replaced. */
  lifetime: number | null
}

/** Optional parts of a message. */
export interface AnnounceOptions {
  /** A button beside the message; a message with one stays until used, dismissed or replaced. */
  action?: StatusAction
}

/** How long a plain information message stays: long enough to read a sentence twice. */
export const INFO_LIFETIME_MS = 6000

let current: StatusMessage | null = null
let nextId = 1
const listeners = new Set<() => void>()

function emit(message: StatusMessage | null): void {
  current = message
  for (const listener of listeners) listener()
}

/**
 * How long a message stays on its own: information goes after a few seconds; an error, or
 * a message that offers an action, stays until the analyst dismisses it (or a new message
 * replaces it), so nothing they may need to act on disappears while they look elsewhere.
 */
export function lifetimeOf(tone: StatusMessage['tone'], action?: StatusAction): number | null {
  return tone === 'error' || action ? null : INFO_LIFETIME_MS
}

/** Shows a message in place of any other; see `lifetimeOf` for how long it stays. */
export function announce(
  text: string,
  tone: StatusMessage['tone'] = 'info',
  options: AnnounceOptions = {},
): void {
  const { action } = options
  emit({ id: nextId++, text, tone, action, lifetime: lifetimeOf(tone, action) })
}

/** Shows what went wrong in plain words; it stays until dismissed. */
export function announceError(error: unknown, fallback = 'Something went wrong.'): void {
  announce(describeError(error, fallback), 'error')
}

/**
 * Removes the message. With an `id`, only if that message is still the one shown: a timer
 * that fires late must not remove a newer message.
 */
export function dismissStatus(id?: number): void {
  if (id !== undefined && current?.id !== id) return
  emit(null)
}

/** The message shown now, or null. */
export function currentStatus(): StatusMessage | null {
  return current
}

/** The message shown now, or null; re-renders when it changes. */
export function useStatus(): StatusMessage | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}

/** Turns storage and other errors into words an analyst can act on. */
export function describeError(error: unknown, fallback: string): string {
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Not saved: the disk is full or this app’s storage quota is used up. Free some space and try again; nothing was half-written.'
  }
  const own = innermostMessage(error)
  if (own) return own
  return fallback
}

/**
 * Dexie wraps a failure as `<name> <message>` of the error inside it ("OpenFailedError:
 * NewerDatabaseError Your work was saved by…"); the innermost message is the one written
 * for people, so it is shown without the class names in front.
 */
function innermostMessage(error: unknown): string {
  if (!(error instanceof Error) || !error.message) return ''
  const inner = (error as { inner?: unknown }).inner
  if (inner instanceof Error && error.message === `${inner.name} ${inner.message}`) {
    return innermostMessage(inner) || error.message
  }
  return error.message
}
