/**
 * highlights.open-2k: opening the 300,000-character synthetic document with 2,000
 * highlights in the reader, from another open document, until all 2,000 are painted and
 * that frame is on screen.
 */
import {
  openApp,
  seedHighlights,
  serveExtraDocument,
  settle,
  timedOpen,
  waitForReader,
} from '../lib/app-page'
import { highlightFixture } from '../lib/fixture'
import { round } from '../lib/stats'
import type { BenchDefinition } from '../registry'

/** Open the synthetic document with 2,000 highlights until all are painted; ms per open. */
export const openHighlightsBench: BenchDefinition = {
  id: 'highlights.open-2k',
  kind: 'browser',
  unit: 'ms',
  target: 250,
  runs: 20,
  description:
    'open a 300,000-character document with 2,000 highlights until all are painted (document cached)',
  async run(ctx) {
    const harness = await ctx.browser()
    const { doc, summary, records } = highlightFixture()
    const bench = await harness.newPage()
    const { page } = bench
    try {
      const other = await serveExtraDocument(page, harness.baseUrl, doc, summary)
      await openApp(page, `#/doc/${other}`)
      await waitForReader(page, other)
      await seedHighlights(page, records)
      const away = async () => {
        await page.evaluate((id) => {
          location.hash = `#/doc/${encodeURIComponent(id)}`
        }, other)
        await waitForReader(page, other)
        await settle(page)
      }
      const cold = await timedOpen(page, doc.meta.id, records.length)
      ctx.log(
        `first open in the session (fetch and parse of the 300,000-character JSON included): ` +
          `${round(cold, 1)} ms, not counted; the runs reuse the app's in-memory document cache`,
      )
      const samples: number[] = []
      for (let run = 0; run < ctx.runs; run++) {
        await away()
        samples.push(await timedOpen(page, doc.meta.id, records.length))
      }
      bench.assertNoErrors()
      return samples
    } finally {
      await bench.close()
    }
  },
}
