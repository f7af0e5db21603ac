/**
 * The small toolbar beside a text selection: highlight in a colour, add a note, add
 * tags, tag it to a claim, add it to a timeline, copy the quote with its citation. Keys
 * 1-5, N, T, L, E and C do the same; Escape closes it.
 */
import type { HighlightColorId } from '@shared/highlights/colors'
import { useEffect, useRef } from 'react'
import { isTextEntry } from '../../ui/text-entry'
import { useNaturalSize } from '../../ui/useNaturalSize'
import { colorForKey, TOOL_KEYS } from './color-shortcuts'
import { ColorSwatches } from './ColorSwatches'
import { popoverPosition } from '../../ui/popover-position'

interface SelectionToolbarProps {
  rect: DOMRect
  names: Record<HighlightColorId, string>
  onColor: (color: HighlightColorId) => void
  onNote: () => void
  onTags: () => void
  onClaim: () => void
  onEvent: () => void
  onCopy: () => void
  onClose: () => void
}

export function SelectionToolbar(props: SelectionToolbarProps) {
  const { rect, names, onColor, onNote, onTags, onClaim, onEvent, onCopy, onClose } = props
  const actions = useRef(props)
  useEffect(() => {
    actions.current = props
  })

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return
      const act = actions.current
      const color = colorForKey(event.key)
      const key = event.key.toLowerCase()
      if (color) act.onColor(color)
      else if (key === TOOL_KEYS.note) act.onNote()
      else if (key === TOOL_KEYS.tags) act.onTags()
      else if (key === TOOL_KEYS.claim) act.onClaim()
      else if (key === TOOL_KEYS.event) act.onEvent()
      else if (key === TOOL_KEYS.copy) act.onCopy()
      else if (event.key === 'Escape') act.onClose()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const toolbarRef = useRef<HTMLDivElement>(null)
  const size = useNaturalSize(toolbarRef, { width: 470, height: 44 })
  const position = popoverPosition(rect, size)
  return (
    <div
      ref={toolbarRef}
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selection"
      style={position}
    >
      <ColorSwatches names={names} current={null} onPick={onColor} verb="Highlight as" />
      <span className="toolbar-divider" aria-hidden="true" />
      <button
        type="button"
        className="tool"
        onClick={onNote}
        title="Add a note (N)"
        aria-keyshortcuts="N"
      >
        Note
      </button>
      <button
        type="button"
        className="tool"
        onClick={onTags}
        title="Add tags (T)"
        aria-keyshortcuts="T"
      >
        Tags
      </button>
      <button
        type="button"
        className="tool"
        onClick={onClaim}
        title="Tag to a claim (L)"
        aria-keyshortcuts="L"
      >
        Claim
      </button>
      <button
        type="button"
        className="tool"
        onClick={onEvent}
        title="Add to a timeline (E)"
        aria-keyshortcuts="E"
      >
        Timeline
      </button>
      <button
        type="button"
        className="tool"
        onClick={onCopy}
        title="Copy the quote with its citation (C)"
        aria-keyshortcuts="C"
      >
        Copy
      </button>
      <button
        type="button"
        className="tool tool-close"
        onClick={onClose}
        title="Close (Escape)"
        aria-label="Close"
      >
        ×
      </button>
    </div>
  )
}
