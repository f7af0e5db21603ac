/**
 * Selecting text with the keyboard in a read-only document, which browsers do not
 * offer without caret browsing: Shift+arrows start a selection at the first paragraph
 * in view and extend it by character (word with Ctrl/Alt), line, or paragraph (Ctrl).
 */

type Direction = 'forward' | 'backward'
type Granularity = 'character' | 'word' | 'line' | 'paragraphboundary'

/** What a key does to the selection, or null for keys that do not select. */
export function selectionStep(event: {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
}): { direction: Direction; granularity: Granularity } | null {
  if (!event.shiftKey || event.metaKey) return null
  const byWord = event.ctrlKey || event.altKey
  switch (event.key) {
    case 'ArrowRight':
      return { direction: 'forward', granularity: byWord ? 'word' : 'character' }
    case 'ArrowLeft':
      return { direction: 'backward', granularity: byWord ? 'word' : 'character' }
    case 'ArrowDown':
      return { direction: 'forward', granularity: event.ctrlKey ? 'paragraphboundary' : 'line' }
    case 'ArrowUp':
      return { direction: 'backward', granularity: event.ctrlKey ? 'paragraphboundary' : 'line' }
    default:
      return null
  }
}

/**
 * Applies a step to the document selection inside `body`. With no selection there, it
 * first places the caret at the start of the first block visible in `scroller`.
 * Returns false when it could not (no block in view).
 */
export function extendSelection(
  body: HTMLElement,
  scroller: HTMLElement,
  step: { direction: Direction; granularity: Granularity },
): boolean {
  const selection = document.getSelection()
  if (!selection) return false
  const inside =
    selection.rangeCount > 0 && body.contains(selection.getRangeAt(0).commonAncestorContainer)
  if (!inside) {
    const top = scroller.getBoundingClientRect().top
    const blocks = [...body.querySelectorAll<HTMLElement>('[data-block]')]
    const first = blocks.find((block) => block.getBoundingClientRect().bottom > top + 8)
    const text = first && firstTextNode(first)
    if (!text) return false
    selection.setBaseAndExtent(text, 0, text, 0)
  }
  selection.modify('extend', step.direction, step.granularity)
  return true
}

function firstTextNode(element: HTMLElement): Text | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  return walker.nextNode() as Text | null
}
