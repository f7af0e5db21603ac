/**
 * briefs.export-10k: exporting a brief that cites 10,000 highlights (1,000 claims with 10
 * evidence links each) as Markdown from the web host, end to end: from the click on
 * "Export Markdown…" to the web host's click on its download link, which covers placing
 * the highlights, assembling the brief, serialising the Markdown and making the Blob. The
 * workspace itself is the one the Briefs view holds live (see build-brief.ts), so the
 * export does not read every table again.
 */
import { openApp, settle } from '../lib/app-page'
import {
  corpusModels,
  timedBriefPreview,
  timedDownloadClick,
  withDownload,
} from '../lib/briefs-page'
import { seedTable } from '../lib/claims-page'
import { round } from '../lib/stats'
import { BRIEF_TITLE, generateBriefWorkspace } from '../lib/synthetic-brief'
import type { BenchDefinition } from '../registry'

/** Claims in the brief, and evidence links (so quotes and citations) per claim. */
const CLAIMS = 1_000
const LINKS_PER_CLAIM = 10

/** Untimed exports before the measured ones. */
const WARMUP_RUNS = 2

/** What the exported file holds, counted by {@link checkBriefMarkdown}. */
interface BriefFileCounts {
  /** Block quote lines (a quote's last) that end in a footnote reference. */
  quotes: number
  /** Footnote references outside the definitions. */
  references: number
  /** Footnote definitions (one per source and ¶ span). */
  definitions: number
  /** Claim headings (`### `). */
  claims: number
}

/**
 * Counts the quotes, references, definitions and claim headings of an exported brief and
 * throws unless it holds `quotes` quotes, as many references, a definition for every
 * reference and `claims` claims.
 */
function checkBriefMarkdown(markdown: string, quotes: number, claims: number): BriefFileCounts {
  const defined = new Set<string>()
  const referenced = new Set<string>()
  const counts: BriefFileCounts = { quotes: 0, references: 0, definitions: 0, claims: 0 }
  for (const line of markdown.split('\n')) {
    const definition = /^\[\^([^\]\s]+)\]: /.exec(line)
    if (definition) {
      defined.add(definition[1] as string)
      continue
    }
    for (const match of line.matchAll(/\[\^([^\]\s]+)\]/g)) {
      referenced.add(match[1] as string)
      counts.references++
    }
    // A quote may be a list item (`- > `, continued `  > `) and wraps at 80 columns, so its
    // citation ends its last line.
    if (/^(?:- | {2})?> .*\[\^[^\]\s]+\]$/.test(line)) counts.quotes++
    if (line.startsWith('### ')) counts.claims++
  }
  counts.definitions = defined.size
  const undefinedRefs = [...referenced].filter((label) => !defined.has(label))
  const problems = [
    counts.quotes !== quotes && `${counts.quotes} block quotes ending in a citation, not ${quotes}`,
    counts.references !== quotes && `${counts.references} footnote references, not ${quotes}`,
    undefinedRefs.length > 0 &&
      `${undefinedRefs.length} references without a definition (${undefinedRefs.slice(0, 5).join(', ')})`,
    counts.claims !== claims && `${counts.claims} claim headings, not ${claims}`,
  ].filter(Boolean)
  if (problems.length > 0) throw new Error(`The exported brief is wrong: ${problems.join('; ')}.`)
  return counts
}

/** Export the brief citing 10,000 highlights until the download starts; ms per export. */
export const briefsExportBench: BenchDefinition = {
  id: 'briefs.export-10k',
  kind: 'browser',
  unit: 'ms',
  target: 300,
  runs: 10,
  description:
    'click “Export Markdown…” on a brief citing 10,000 highlights (1,000 claims × 10 links) until the download link is clicked',
  async run(ctx) {
    const harness = await ctx.browser()
    const docs = await corpusModels(harness.baseUrl)
    const generating = performance.now()
    const data = generateBriefWorkspace(docs, { claims: CLAIMS, linksPerClaim: LINKS_PER_CLAIM })
    const quotes = CLAIMS * LINKS_PER_CLAIM
    ctx.log(
      `fixture: ${data.highlights.length} highlights on ${docs.length} corpus documents, ` +
        `${data.claims.length} claims, ${data.evidence.length} links (` +
        `${data.evidence.filter((e) => e.credibility !== null).length} graded, ` +
        `${data.evidence.filter((e) => e.note).length} with a note), generated in ` +
        `${round(performance.now() - generating, 0)} ms`,
    )
    const bench = await harness.newPage()
    const { page } = bench
    try {
      // A view that reads none of what is seeded, so nothing is loaded before the clock.
      await openApp(page, '#/timelines')
      const seeding = performance.now()
      await seedTable(page, 'highlights', data.highlights)
      await seedTable(page, 'claims', data.claims)
      await seedTable(page, 'evidence', data.evidence)
      await seedTable(page, 'briefs', [data.brief])
      ctx.log(`seeded in ${round((performance.now() - seeding) / 1000, 1)} s`)
      await page.reload()
      await page.locator('html[data-casefile-ready="true"]').waitFor({ state: 'attached' })
      const preview = await timedBriefPreview(page, data.brief.id, BRIEF_TITLE)
      ctx.log(
        `first render of the preview (read the workspace, load the sources, place ${quotes} ` +
          `highlights, build and draw the brief): ${round(preview, 0)} ms, not counted`,
      )
      await settle(page)

      const exportButton = page.locator('.bf-preview-head button:not([disabled])', {
        hasText: 'Export Markdown…',
      })
      const samples: number[] = []
      let last: { bytes: number; chars: number; name: string; counts: BriefFileCounts } | null =
        null
      for (let run = 0; run < WARMUP_RUNS + ctx.runs; run++) {
        await exportButton.waitFor()
        const { result, download, text } = await withDownload(page, () =>
          timedDownloadClick(page, 'Export Markdown…', { scope: '.bf-preview-head' }),
        )
        const counts = checkBriefMarkdown(text, quotes, CLAIMS)
        last = {
          bytes: Buffer.byteLength(text),
          chars: text.length,
          name: download.suggestedFilename(),
          counts,
        }
        await settle(page)
        if (run < WARMUP_RUNS) continue
        samples.push(result.ms)
      }
      bench.assertNoErrors()
      if (last) {
        ctx.log(
          `file ${last.name}: ${round(last.bytes / 1_048_576, 2)} MiB (${last.chars} characters), ` +
            `${last.counts.quotes} quotes, ${last.counts.definitions} citations (footnote ` +
            `definitions), ${last.counts.claims} claims; checked on every export`,
        )
      }
      ctx.log(
        `${WARMUP_RUNS} warm-up exports, then in order: ${samples.map((ms) => round(ms, 0)).join(', ')} ms`,
      )
      return samples
    } finally {
      await bench.close()
    }
  },
}
