/**
 * The open exports as the views offer them: highlights as W3C Web Annotations, a timeline
 * for TimelineJS (JSON or its spreadsheet CSV), the claims table as CSV. Each is built
 * from what the view shows and saved through the host.
 */
import type { CasefileApi } from '@shared/api'
import { fileSlug, isoDay } from '@shared/brief/brief-spec'
import type { ClaimRow } from '@shared/claims/claim-rows'
import type { DocumentMeta } from '@shared/corpus/document-model'
import { claimsCsv } from '@shared/exports/claims-csv'
import {
  toTimelineJs,
  toTimelineJsCsv,
  type QuotedSource,
  type SkippedEvent,
} from '@shared/exports/timelinejs'
import { toWebAnnotations } from '@shared/exports/web-annotation'
import type { TimelineItem } from '@shared/timelines/timeline-items'
import { APP_IDENTITY } from '../app-identity'
import { loadDocument } from '../documents'
import type { HighlightRecord } from '../../db/records'
import { announce } from '../../ui/status'
import { saveExport } from './save-export'

export async function exportHighlightsJsonLd(
  host: CasefileApi,
  highlights: readonly HighlightRecord[],
  documents: readonly DocumentMeta[],
  colorNames: Readonly<Record<string, string>>,
): Promise<boolean> {
  const at = new Date()
  return saveExport(
    host,
    async () => {
      // With the texts, positions go out in code points as the model counts them.
      const ids = [...new Set(highlights.map((h) => h.docId))]
      const models = await Promise.allSettled(ids.map((id) => loadDocument(host, id)))
      const texts = new Map(
        models.flatMap((m) =>
          m.status === 'fulfilled'
            ? [[m.value.meta.id, { rev: m.value.rev, text: m.value.text }]]
            : [],
        ),
      )
      const collection = toWebAnnotations({
        highlights,
        documents,
        colorNames,
        generatedAt: at,
        generator: APP_IDENTITY,
        texts,
      })
      return JSON.stringify(collection, null, 2)
    },
    { suggestedName: `casefile-highlights-${isoDay(at)}.jsonld`, format: 'jsonld' },
    `${highlights.length} ${highlights.length === 1 ? 'highlight' : 'highlights'}`,
  )
}

function reportSkipped(skipped: readonly SkippedEvent[]): void {
  if (skipped.length === 0) return
  announce(
    `${skipped.length} undated ${skipped.length === 1 ? 'event was' : 'events were'} left out: ${skipped
      .slice(0, 3)
      .map((s) => `“${s.title}”`)
      .join(', ')}${skipped.length > 3 ? '…' : ''}`,
    'error',
  )
}

export async function exportTimelineJs(
  host: CasefileApi,
  timeline: { title: string; description: string },
  items: readonly TimelineItem[],
  quotes: ReadonlyMap<string, QuotedSource>,
  format: 'json' | 'csv',
): Promise<boolean> {
  let skipped: SkippedEvent[] = []
  const saved = await saveExport(
    host,
    () => {
      if (format === 'json') {
        const built = toTimelineJs({ timeline, items, quotes })
        skipped = built.skipped
        return JSON.stringify(built.document, null, 2)
      }
      const built = toTimelineJsCsv({ timeline, items, quotes })
      skipped = built.skipped
      return built.csv
    },
    {
      suggestedName: `${fileSlug(timeline.title, 60) || 'timeline'}-timelinejs-${isoDay(new Date())}.${format}`,
      format,
    },
    `Timeline “${timeline.title}”`,
  )
  if (saved) reportSkipped(skipped)
  return saved
}

export async function exportClaimsCsv(
  host: CasefileApi,
  rows: readonly ClaimRow[],
  notes: ReadonlyMap<string, string>,
): Promise<boolean> {
  return saveExport(
    host,
    () => claimsCsv(rows.map((row) => ({ ...row, note: notes.get(row.id) ?? '' }))),
    { suggestedName: `casefile-claims-${isoDay(new Date())}.csv`, format: 'csv' },
    `${rows.length} ${rows.length === 1 ? 'claim' : 'claims'}`,
  )
}
