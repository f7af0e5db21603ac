/**
 * Deterministic highlights over a synthetic document: passages spread evenly over the
 * text, 20-300 characters long, starting and ending on word boundaries inside one block,
 * many overlapping, in every colour; as selectors and as database records.
 */
import { describeSelection, type Selectors } from '../../src/shared/anchoring'
import type { Block, DocumentModel } from '../../src/shared/corpus/document-model'
import { HIGHLIGHT_COLOR_IDS, type HighlightColorId } from '../../src/shared/highlights/colors'
import { createRandom } from './prng'

/** A passage [start, end) of the canonical text. */
export interface Passage {
  start: number
  end: number
}

/** Options for {@link generatePassages}. */
export interface PassageOptions {
  count?: number
  seed?: number
  minLength?: number
  maxLength?: number
}

/**
 * The shape of the app's `HighlightRecord` (src/renderer/src/db/records.ts), repeated here
 * because the renderer's modules resolve `@shared` paths that the Node build does not.
 */
export interface SeedHighlightRecord {
  id: string
  docId: string
  docRev: string
  selectors: Selectors
  color: HighlightColorId
  note: string
  tags: string[]
  createdAt: number
  updatedAt: number
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c)

/** The first block whose end is after `offset` (blocks are in text order). */
function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0
  let hi = blocks.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((blocks[mid] as Block).end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * `count` passages (2,000 by default), sorted by start. Passage i starts near
 * i / count of the way through the text (jittered), in the first block there of at least
 * `minLength` characters that is not a heading; it starts on a word start and ends on a
 * word end, never past its block. Lengths are drawn evenly from [minLength, maxLength]
 * (20-300) and cut to the block and to word ends, so long ones in short blocks come out
 * shorter.
 */
export function generatePassages(doc: DocumentModel, options: PassageOptions = {}): Passage[] {
  const { count = 2000, seed = 7, minLength = 20, maxLength = 300 } = options
  const random = createRandom(seed)
  const { text, blocks } = doc
  const passages: Passage[] = []
  for (let i = 0; i < count; i++) {
    const at = Math.floor(((i + random.next()) * text.length) / count)
    let b = blockAt(blocks, at)
    const usable = (block: Block) =>
      block.kind !== 'heading' && block.end - block.start >= minLength
    while (b < blocks.length && !usable(blocks[b] as Block)) b++
    if (b >= blocks.length) {
      b = blocks.length - 1
      while (b > 0 && !usable(blocks[b] as Block)) b--
    }
    const block = blocks[b] as Block
    let start = Math.max(at, block.start)
    while (start > block.start && isWordChar(text.charAt(start - 1))) start--
    while (start < block.end && !isWordChar(text.charAt(start))) start++
    // Keep room for the shortest passage inside the block.
    if (start > block.end - minLength) start = block.start
    let end = Math.min(block.end, start + random.int(minLength, maxLength))
    while (end < block.end && isWordChar(text.charAt(end))) end++
    // Finishing the last word may overshoot maxLength: end on the word before instead.
    if (end - start > maxLength) {
      end = start + maxLength
      while (end > start + minLength && isWordChar(text.charAt(end))) end--
    }
    while (end > start + minLength && !isWordChar(text.charAt(end - 1))) end--
    passages.push({ start, end })
  }
  return passages.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** How many passages overlap at least one other passage. */
export function countOverlapping(passages: readonly Passage[]): number {
  const sorted = [...passages].sort((a, b) => a.start - b.start)
  const overlapping = new Set<number>()
  let reach = -1
  let reacher = -1
  sorted.forEach((p, i) => {
    if (p.start < reach) {
      overlapping.add(i)
      overlapping.add(reacher)
    }
    if (p.end > reach) {
      reach = p.end
      reacher = i
    }
  })
  return overlapping.size
}

/** A UUID-shaped id (version 4 layout) numbered `n`, so seeded records are reproducible. */
export function benchId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
}

const TAGS = ['border', 'trade', 'energy', 'security', 'follow-up', 'disputed']

/**
 * Database records for `passages` on `doc`: colours in turn, a note on one in five, zero to
 * two tags, created a second apart from a fixed instant.
 */
export function toHighlightRecords(
  doc: DocumentModel,
  passages: readonly Passage[],
  seed = 11,
): SeedHighlightRecord[] {
  const random = createRandom(seed)
  const base = Date.UTC(2024, 0, 16)
  return passages.map((p, i) => ({
    id: benchId(i + 1),
    docId: doc.meta.id,
    docRev: doc.rev,
    selectors: describeSelection(doc.text, p.start, p.end),
    color: HIGHLIGHT_COLOR_IDS[i % HIGHLIGHT_COLOR_IDS.length] as HighlightColorId,
    note: random.chance(0.2) ? `Check this against the other accounts (${i + 1}).` : '',
    tags: Array.from(new Set([0, 1].filter(() => random.chance(0.3)).map(() => random.pick(TAGS)))),
    createdAt: base + i * 1000,
    updatedAt: base + i * 1000,
  }))
}
