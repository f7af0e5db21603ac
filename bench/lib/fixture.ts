/**
 * The shared benchmark input: the 300,000-character synthetic document and 2,000
 * highlights on it, generated once per process.
 */
import {
  generatePassages,
  toHighlightRecords,
  type Passage,
  type SeedHighlightRecord,
} from './synthetic-highlights'
import { generateSyntheticDocument, type SyntheticDocument } from './synthetic-document'

/** The synthetic document, its highlight passages (sorted by start) and their records. */
export interface HighlightFixture extends SyntheticDocument {
  passages: Passage[]
  records: SeedHighlightRecord[]
}

/** How many highlights the `*-2k` benchmarks use. */
export const HIGHLIGHT_COUNT = 2000

let cached: HighlightFixture | null = null

/** The fixture, generated on first use and the same object afterwards. */
export function highlightFixture(): HighlightFixture {
  if (cached) return cached
  const synthetic = generateSyntheticDocument()
  const passages = generatePassages(synthetic.doc, { count: HIGHLIGHT_COUNT })
  cached = { ...synthetic, passages, records: toHighlightRecords(synthetic.doc, passages) }
  return cached
}
