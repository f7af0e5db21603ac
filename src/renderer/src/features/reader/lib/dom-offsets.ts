/**
 * Maps between DOM positions in the rendered document and offsets in its canonical text.
 * Each block element carries `data-block` and `data-start` (its first character's offset)
 * and its DOM text is exactly the block's text, so a position inside a block is that
 * start plus the characters of text before it; anything between blocks (the "\n\n"
 * separators, wrappers like <ul> and <blockquote>, the page outside the body) has no
 * text of its own and is clamped to the nearest block edge.
 */

const BLOCK_SELECTOR = '[data-block][data-start]'

/** Which way a position outside every block is clamped. */
export type ClampDirection = 'forward' | 'backward'

interface BlockSpan {
  element: Element
  start: number
  end: number
}

/** The blocks under `root` in document order, with their canonical spans. */
function blocksOf(root: Element): BlockSpan[] {
  const spans: BlockSpan[] = []
  for (const element of root.querySelectorAll(BLOCK_SELECTOR)) {
    const start = Number(element.getAttribute('data-start'))
    if (!Number.isFinite(start)) continue
    spans.push({ element, start, end: start + (element.textContent ?? '').length })
  }
  return spans
}

function textWalker(block: Element): TreeWalker {
  return block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT)
}

const isText = (node: Node): node is Text => node.nodeType === Node.TEXT_NODE

/** Whether `b` comes after `a` in document order (descendants of `a` count as after). */
function follows(b: Node, a: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
}

/**
 * Characters of block text before the boundary point (node, offset), which lies inside
 * `block`. A text node boundary counts characters; an element boundary (element, i) sits
 * before its child i (or after its last child when i is the child count), so it counts
 * the text of every text node before that point.
 */
function textBefore(block: Element, node: Node, offset: number): number {
  const walker = textWalker(block)
  let sum = 0
  if (isText(node)) {
    for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) {
      if (t === node) return sum + Math.max(0, Math.min(offset, node.data.length))
      sum += (t as Text).data.length
    }
    return sum
  }
  const child = offset < node.childNodes.length ? node.childNodes[Math.max(0, offset)] : null
  for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) {
    const atOrAfter =
      child !== null && child !== undefined
        ? t === child || child.contains(t) || follows(t, child)
        : !node.contains(t) && follows(t, node)
    if (atOrAfter) return sum
    sum += (t as Text).data.length
  }
  return sum
}

/** Whether `block` (not containing the point) lies after the boundary point (node, offset). */
function blockAfterPoint(block: Element, node: Node, offset: number): boolean {
  if (isText(node) || !node.contains(block)) return follows(block, node)
  // The block is inside the boundary's container: compare with the child holding it.
  let child: Node = block
  while (child.parentNode !== null && child.parentNode !== node) child = child.parentNode
  return Array.prototype.indexOf.call(node.childNodes, child) >= offset
}

function offsetIn(
  blocks: readonly BlockSpan[],
  node: Node,
  offset: number,
  direction: ClampDirection,
): number | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  const holder = element?.closest(BLOCK_SELECTOR)
  const inside = holder ? blocks.find((b) => b.element === holder) : undefined
  if (inside) return inside.start + textBefore(inside.element, node, offset)
  // Outside every block: blocks after the point form a suffix of the list, so binary
  // search for its first element.
  let lo = 0
  let hi = blocks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const block = blocks[mid]
    if (block && blockAfterPoint(block.element, node, offset)) hi = mid
    else lo = mid + 1
  }
  if (direction === 'forward') return blocks[lo]?.start ?? null
  return blocks[lo - 1]?.end ?? null
}

/**
 * The canonical offset of the DOM boundary point (node, offset), for hit-testing with
 * `document.caretPositionFromPoint`. Inside a block: the block's start plus the text
 * before the point. Anywhere else (between blocks, in a wrapper, outside `root`): the
 * next block's start when `direction` is 'forward' (the default), the previous block's
 * end when 'backward'. Null when there is no block that way, or no block at all.
 */
export function offsetOfBoundary(
  root: Element,
  node: Node,
  offset: number,
  direction: ClampDirection = 'forward',
): number | null {
  return offsetIn(blocksOf(root), node, offset, direction)
}

/**
 * The canonical [start, end) a DOM range covers. A boundary inside a block maps to the
 * block's start plus the characters before it; a boundary outside every block (between
 * blocks, in a wrapper, before the first or after the last, or outside `root`, such as a
 * drag that began in the page header) is clamped inward: the start to the next block's
 * start, the end to the previous block's end. Null when the range is collapsed or covers
 * no block text. A start at the very end of a block maps to that block's end, so the
 * result may begin or end with the "\n\n" separator; trim it (see trimSelection).
 */
export function rangeToOffsets(root: Element, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null
  const blocks = blocksOf(root)
  const start = offsetIn(blocks, range.startContainer, range.startOffset, 'forward')
  const end = offsetIn(blocks, range.endContainer, range.endOffset, 'backward')
  if (start === null || end === null || start >= end) return null
  return { start, end }
}

/**
 * The text node and offset for `chars` characters into a block. At the seam between two
 * text nodes (for example where a <strong> begins) `after` picks the later node, so a
 * range starting there does not begin inside the previous element.
 */
function pointIn(block: Element, chars: number, after: boolean): [Node, number] {
  const walker = textWalker(block)
  let sum = 0
  let last: Text | null = null
  for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) {
    const text = t as Text
    const length = text.data.length
    if (chars < sum + length || (chars === sum + length && !after)) return [text, chars - sum]
    sum += length
    last = text
  }
  return last ? [last, last.data.length] : [block, 0]
}

/**
 * A DOM range over canonical [start, end), which may span blocks. Offsets inside a "\n\n"
 * separator snap inward (a start to the next block's start, an end to the previous
 * block's end), offsets beyond the text are clamped to it. Null when nothing of block
 * text is left (an empty or reversed range, one only over a separator, or no blocks).
 * For many ranges over one document use createRangeMapper, which reads the blocks once.
 */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  return rangeOver(root, blocksOf(root), start, end)
}

/**
 * offsetsToRange for many ranges: the blocks are read once (one DOM pass) and each
 * range finds its blocks by binary search, so painting thousands of highlights costs
 * thousands of small lookups, not thousands of passes over the document. Valid while
 * the document's DOM is unchanged.
 */
export function createRangeMapper(root: Element): (start: number, end: number) => Range | null {
  const blocks = blocksOf(root)
  return (start, end) => rangeOver(root, blocks, start, end)
}

/** One mapper per document body: its text is rendered once and never changes. */
const mappers = new WeakMap<Element, (start: number, end: number) => Range | null>()

/**
 * The shared createRangeMapper for a document body, built on first use and kept for as
 * long as the body exists, so the highlight painter and find in the document read its
 * blocks once between them. Only for a root whose blocks do not change after rendering.
 */
export function rangeMapperFor(root: Element): (start: number, end: number) => Range | null {
  let mapper = mappers.get(root)
  if (!mapper) mappers.set(root, (mapper = createRangeMapper(root)))
  return mapper
}

function rangeOver(
  root: Element,
  blocks: readonly BlockSpan[],
  start: number,
  end: number,
): Range | null {
  if (start >= end || blocks.length === 0) return null
  // Blocks are in text order, so their starts and ends both increase.
  const from = blocks[firstIndex(blocks.length, (i) => blocks[i]!.end > start)]
  const to = blocks[firstIndex(blocks.length, (i) => blocks[i]!.start >= end) - 1]
  if (!from || !to) return null
  const startChars = Math.max(0, start - from.start)
  const endChars = Math.min(to.end, end) - to.start
  if (from.start + startChars >= to.start + endChars) return null
  const range = root.ownerDocument.createRange()
  range.setStart(...pointIn(from.element, startChars, true))
  range.setEnd(...pointIn(to.element, endChars, false))
  return range
}

/** The first index in [0, count) where the monotone predicate holds, or count. */
function firstIndex(count: number, holds: (index: number) => boolean): number {
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (holds(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}
