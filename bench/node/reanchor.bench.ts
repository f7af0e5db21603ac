/**
 * highlights.reanchor-2k and highlights.reanchor-all-2k: re-anchoring all 2,000 highlights
 * of the synthetic document after edits (word insertions and deletions between highlights,
 * one letter changed inside 10% of them), timed as one total per run, each run cold, and
 * checked for placing them where they belong.
 */
import {
  reanchor,
  reanchorAll,
  type Placement,
  type StoredAnchor,
} from '../../src/shared/anchoring'
import { contentRev } from '../../src/shared/corpus/parse-document'
import { highlightFixture } from '../lib/fixture'
import type { Passage } from '../lib/synthetic-highlights'
import { editAroundPassages, type EditedText } from '../lib/text-edits'
import type { BenchContext, BenchDefinition } from '../registry'

/** Share of highlights that must be placed exactly where the edits moved them. */
const REQUIRED_CORRECT_SHARE = 0.95

/** Untimed warm-up passes before the measured runs (JIT). */
const WARMUP_RUNS = 2

type PlaceAll = (text: string, rev: string, anchors: readonly StoredAnchor[]) => Placement[]

const loopOverReanchor: PlaceAll = (text, rev, anchors) => {
  const placements = new Array<Placement>(anchors.length)
  for (let i = 0; i < anchors.length; i++) {
    placements[i] = reanchor(text, rev, anchors[i] as StoredAnchor)
  }
  return placements
}

/**
 * Makes the next run cold: the anchoring module keeps what it computed for the last text
 * it saw (its occurrence cache and n-gram index); placing one highlight on another text
 * replaces that, so every timed run pays for it as the first re-anchoring after an edit does.
 */
function forgetText(anchor: StoredAnchor): void {
  reanchor('-', 'bench-reset', anchor)
}

/**
 * Counts placements by status and method and how many landed on `expected`; throws when
 * fewer than {@link REQUIRED_CORRECT_SHARE} did.
 */
function checkPlacements(
  placements: readonly Placement[],
  expected: readonly Passage[],
  changed: readonly boolean[],
): string {
  const methods: Record<string, number> = {}
  let uncertain = 0
  let orphan = 0
  let correct = 0
  let correctChanged = 0
  placements.forEach((placement, i) => {
    if (placement.status === 'orphan') {
      orphan++
      return
    }
    if (placement.status === 'uncertain') {
      uncertain++
      return
    }
    methods[placement.method] = (methods[placement.method] ?? 0) + 1
    const want = expected[i] as Passage
    if (placement.start === want.start && placement.end === want.end) {
      correct++
      if (changed[i]) correctChanged++
    }
  })
  const placed = placements.length - uncertain - orphan
  const byMethod = Object.entries(methods)
    .map(([method, n]) => `${method} ${n}`)
    .join(', ')
  const changedCount = changed.filter(Boolean).length
  const line =
    `placed ${placed} (${byMethod}), uncertain ${uncertain}, orphan ${orphan}; ` +
    `${correct}/${placements.length} at the expected spot ` +
    `(${correctChanged}/${changedCount} of those with a changed letter)`
  if (correct < REQUIRED_CORRECT_SHARE * placements.length) {
    throw new Error(
      `Re-anchoring placed too few highlights correctly (need ${REQUIRED_CORRECT_SHARE * 100}%): ${line}`,
    )
  }
  return line
}

let editedCache: EditedText | null = null

/** The fixture's text after the edits, made once per process. */
function editedFixture(): EditedText {
  const { doc, passages } = highlightFixture()
  editedCache ??= editAroundPassages(doc.text, passages, { fuzzyShare: 0.1 })
  return editedCache
}

async function measure(ctx: BenchContext, placeAll: PlaceAll): Promise<number[]> {
  const { doc, records } = highlightFixture()
  const edited = editedFixture()
  const rev = contentRev(edited.text)
  const anchors: StoredAnchor[] = records.map((r) => ({ selectors: r.selectors, rev: r.docRev }))
  const first = anchors[0] as StoredAnchor
  const changed = edited.changed.filter(Boolean).length
  ctx.log(
    `${doc.text.length.toLocaleString('en-US')} → ${edited.text.length.toLocaleString('en-US')} ` +
      `characters; ${edited.insertions} insertions and ${edited.deletions} deletions between ` +
      `highlights; ${changed} of ${anchors.length} highlights with a changed letter`,
  )
  forgetText(first)
  ctx.log(checkPlacements(placeAll(edited.text, rev, anchors), edited.expected, edited.changed))
  for (let i = 1; i < WARMUP_RUNS; i++) {
    forgetText(first)
    placeAll(edited.text, rev, anchors)
  }
  const samples: number[] = []
  for (let run = 0; run < ctx.runs; run++) {
    forgetText(first)
    const t0 = performance.now()
    placeAll(edited.text, rev, anchors)
    samples.push(performance.now() - t0)
  }
  const t0 = performance.now()
  placeAll(edited.text, rev, anchors)
  ctx.log(
    `a further run on the same text (module cache warm, not counted): ${(performance.now() - t0).toFixed(1)} ms`,
  )
  return samples
}

/** Re-anchor 2,000 highlights one `reanchor()` call each (as the reader does); total ms. */
export const reanchorBench: BenchDefinition = {
  id: 'highlights.reanchor-2k',
  kind: 'node',
  unit: 'ms',
  target: 1000,
  runs: 10,
  description:
    'reanchor() of 2,000 highlights after edits that leave 10% needing a fuzzy search (total per run)',
  run: (ctx) => measure(ctx, loopOverReanchor),
}

/** The same with one `reanchorAll()` call, the batch API; total ms. */
export const reanchorAllBench: BenchDefinition = {
  id: 'highlights.reanchor-all-2k',
  kind: 'node',
  unit: 'ms',
  target: 1000,
  runs: 10,
  description: 'the same as highlights.reanchor-2k through one reanchorAll() call',
  run: (ctx) => measure(ctx, reanchorAll),
}
