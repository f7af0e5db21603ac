/**
 * A timeline drawn: its events on a time axis in lanes by timeline, source or tag, with
 * optional markers for today and for when each cited source was published.
 */
import { citationAuthors } from '@shared/brief/citation'
import { partialDateSortKey } from '@shared/dates/partial-date'
import { chartData, type LaneMode } from '@shared/timelines/chart-data'
import type { TimelineItem } from '@shared/timelines/timeline-items'
import { useMemo, useState } from 'react'
import type { TimelineRecord } from '../../db/records'
import { useDocumentSummaries } from '../../host/useDocuments'
import { TimelineChart } from './visual/TimelineChart'
import type { ChartMarker } from './visual/types'

interface TimelineVisualProps {
  title: string
  items: readonly TimelineItem[]
  /** Every timeline's events, for lanes by timeline (one lane each, side by side). */
  allItems: readonly TimelineItem[]
  timelines: readonly TimelineRecord[]
  selectedId: string | null
  onOpen: (eventId: string) => void
}

export function TimelineVisual(props: TimelineVisualProps) {
  const { title, items: own, allItems, timelines, selectedId, onOpen } = props
  const documents = useDocumentSummaries()
  const [mode, setMode] = useState<LaneMode>('source')
  const items = mode === 'timeline' ? allItems : own
  /** When shown, the time "today" was read (on ticking the box). */
  const [today, setToday] = useState<number | null>(null)
  const [showPublished, setShowPublished] = useState(true)
  const metas = useMemo(() => new Map(documents.map((d) => [d.meta.id, d.meta])), [documents])
  const { events, lanes } = useMemo(
    () =>
      chartData(items, mode, {
        timeline: (id) => timelines.find((t) => t.id === id)?.title ?? 'Timeline',
        source: (docId) => {
          const meta = metas.get(docId)
          if (!meta) return 'Unknown source'
          // Lanes are narrow: who wrote it; the title is in each event's citation.
          return citationAuthors(meta.authors) || meta.title
        },
      }),
    [items, mode, timelines, metas],
  )
  const markers = useMemo(() => {
    const list: ChartMarker[] = []
    if (today !== null) list.push({ id: 'today', at: today, label: 'Today', kind: 'today' })
    if (showPublished) {
      const cited = new Set(items.flatMap((item) => item.sources.map((s) => s.docId)))
      for (const docId of cited) {
        const meta = metas.get(docId)
        if (!meta?.published) continue
        list.push({
          id: `published:${docId}`,
          at: partialDateSortKey(meta.published),
          label: `Published: ${meta.title.length > 40 ? `${meta.title.slice(0, 39)}…` : meta.title}`,
          kind: 'published',
        })
      }
    }
    return list
  }, [today, showPublished, items, metas])

  return (
    <div className="timeline-visual">
      <div className="tl-visual-controls">
        <label className="field field-inline">
          <span>Lanes by</span>
          <select value={mode} onChange={(e) => setMode(e.target.value as LaneMode)}>
            <option value="source">Source</option>
            <option value="tag">Tag</option>
            <option value="timeline">Timeline</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={showPublished}
            onChange={(e) => setShowPublished(e.target.checked)}
          />
          Publication dates
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={today !== null}
            onChange={(e) => setToday(e.target.checked ? Date.now() : null)}
          />
          Today
        </label>
      </div>
      <TimelineChart
        events={events}
        lanes={lanes}
        markers={markers}
        onOpen={onOpen}
        selectedId={selectedId}
        label={`Timeline: ${title}`}
      />
    </div>
  )
}
