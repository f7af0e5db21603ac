/**
 * Which entity the reader paints ("Highlight in reader"): one id or none for the session,
 * shared by the entity panel that sets it and the reader that paints it.
 */
import { useSyncExternalStore } from 'react'

let painted: string | null = null
const listeners = new Set<() => void>()

/** Paints this entity's mentions in whatever source the reader shows; null paints none. */
export function setEntityPaint(id: string | null): void {
  if (id === painted) return
  painted = id
  for (const listener of listeners) listener()
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  return () => listeners.delete(onChange)
}

/** The id of the entity the reader paints, or null. */
export function useEntityPaint(): string | null {
  return useSyncExternalStore(subscribe, () => painted)
}
