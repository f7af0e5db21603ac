/**
 * The one tooltip of the chart, for the mark under the pointer or with the focus. It has
 * its own little store so showing it never renders the marks again. Hidden from
 * assistive technology: every mark's accessible name already says all of it.
 */
import { useSyncExternalStore } from 'react'

export interface Tip {
  /** Anchor in pixels from the chart's top left: the middle of the mark's top edge. */
  x: number
  y: number
  /** Anchor's bottom, for a tip that must go below (marks near the top). */
  bottom: number
  title: string
  lines: string[]
  /** Sources disagree about the date. */
  conflict: boolean
  hint: string
}

export interface TipStore {
  get: () => Tip | null
  set: (tip: Tip | null) => void
  subscribe: (listener: () => void) => () => void
}

export function createTipStore(): TipStore {
  let tip: Tip | null = null
  const listeners = new Set<() => void>()
  return {
    get: () => tip,
    set(next) {
      if (next === tip) return
      tip = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Tips above marks need this much room above, else they go below. */
const ROOM_ABOVE = 96

export function ChartTooltip({ store }: { store: TipStore }) {
  const tip = useSyncExternalStore(store.subscribe, store.get, store.get)
  if (!tip) return null
  const below = tip.y < ROOM_ABOVE
  return (
    <div
      className={below ? 'tc-tip tc-tip-below' : 'tc-tip'}
      style={{ left: tip.x, top: below ? tip.bottom : tip.y }}
      aria-hidden="true"
    >
      <div className="tc-tip-title">{tip.title}</div>
      {tip.lines.map((line) => (
        <div key={line} className="tc-tip-line">
          {line}
        </div>
      ))}
      {tip.conflict && (
        <div className="tc-tip-conflict">
          <span className="tc-tip-conflict-icon">!</span> Sources disagree about the date
        </div>
      )}
      {tip.hint && <div className="tc-tip-hint">{tip.hint}</div>}
    </div>
  )
}
