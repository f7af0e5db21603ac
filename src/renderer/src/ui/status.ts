/**
 * One status line for the whole app ("Highlight deleted. Undo with Ctrl+Z"), announced
 * politely to screen readers. Errors are announced assertively.
 */
import { useSyncExternalStore } from 'react'

export interface StatusMessage {
  id: number
  text: string
  tone: 'info' | 'error'
}

let current: StatusMessage | null = null
let nextId = 1
const listeners = new Set<() => void>()

function emit(message: StatusMessage | null): void {
  current = message
  for (const listener of listeners) listener()
}

/** Shows a message; it stays until replaced or dismissed. */
export function announce(text: string, tone: StatusMessage['tone'] = 'info'): void {
  emit({ id: nextId++, text, tone })
}

/** Shows what went wrong in plain words. */
export function announceError(error: unknown, fallback = 'Something went wrong.'): void {
  announce(describeError(error, fallback), 'error')
}

export function dismissStatus(): void {
  emit(null)
}

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
  if (error instanceof Error && error.message) return error.message
  return fallback
}
