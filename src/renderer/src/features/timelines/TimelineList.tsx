/**
 * A timeline as a chronological list grouped by year and month: each event with its date
 * at its honest precision, title, note, tags, and the quotes behind it with citations.
 * Only the rows in view are in the DOM: a timeline of thousands of events would
 * otherwise take seconds to show, and as long to take down when switching to the chart.
 */
import { groupByYearAndMonth, type TimelineItem } from '@shared/timelines/timeline-items'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef } from 'react'
import { routeHash } from '../../nav/routes'
import type { SourceQuote } from './useSourceQuotes'

interface TimelineListProps {
  items: readonly TimelineItem[]
  quotes: ReadonlyMap<string, SourceQuote>
  selectedId: string | null
}

type ListRow =
  | { kind: 'year'; key: string; year: string }
  | { kind: 'month'; key: string; month: string }
  | { kind: 'event'; key: string; item: TimelineItem }

function listRows(items: readonly TimelineItem[]): ListRow[] {
  const rows: ListRow[] = []
  for (const { year, months } of groupByYearAndMonth(items)) {
    rows.push({ kind: 'year', key: `y:${year}`, year })
    for (const { month, items: list } of months) {
      if (month) rows.push({ kind: 'month', key: `m:${year}:${month}`, month })
      for (const item of list) rows.push({ kind: 'event', key: item.id, item })
    }
  }
  return rows
}

const ESTIMATES = { year: 56, month: 36, event: 96 } as const

export function TimelineList({ items, quotes, selectedId }: TimelineListProps) {
  const rows = useMemo(() => listRows(items), [items])
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualiser's functions change identity as it measures; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ESTIMATES[rows[index]?.kind ?? 'event'],
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
  })

  return (
    <div ref={scrollRef} className="timeline-list-scroll">
      <div className="timeline-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtual) => {
          const row = rows[virtual.index]!
          return (
            <div
              key={virtual.key}
              ref={virtualizer.measureElement}
              data-index={virtual.index}
              className="tl-row"
              style={{ transform: `translateY(${virtual.start}px)` }}
            >
              {row.kind === 'year' ? (
                <h2 className="tl-year-heading">{row.year}</h2>
              ) : row.kind === 'month' ? (
                <h3 className="tl-month-heading">{row.month}</h3>
              ) : (
                <EventRow item={row.item} quotes={quotes} selected={row.item.id === selectedId} />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}

function EventRow(props: {
  item: TimelineItem
  quotes: ReadonlyMap<string, SourceQuote>
  selected: boolean
}) {
  const { item, quotes, selected } = props
  return (
    <article
      className={selected ? 'tl-event tl-event-selected' : 'tl-event'}
      data-event-id={item.id}
      aria-label={`${item.title}, ${item.dateLabel}`}
    >
      <div className="tl-event-head">
        <span className={item.approximate ? 'tl-date tl-date-approx' : 'tl-date'}>
          {item.dateLabel}
        </span>
        <a
          className="tl-title"
          href={routeHash({ view: 'timelines', timelineId: item.timelineId, eventId: item.id })}
        >
          {item.title}
        </a>
        {item.conflict && (
          <span className="tl-conflict" title="The sources state dates that cannot all be true">
            ! date conflict
          </span>
        )}
      </div>
      {item.note && (
        <p className="tl-note" dir="auto">
          {item.note}
        </p>
      )}
      {item.tags.length > 0 && (
        <p className="cl-tags">
          {item.tags.map((tag) => (
            <span key={tag} className="tag-chip">
              {tag}
            </span>
          ))}
        </p>
      )}
      {item.sources.length > 0 && (
        <ul className="tl-sources">
          {item.sources.map((source) => {
            const quote = quotes.get(source.highlightId)
            return (
              <li key={source.highlightId}>
                <q dir="auto">{quote?.quote ?? '…'}</q> <cite>{quote?.citation ?? ''}</cite>
              </li>
            )
          })}
        </ul>
      )}
    </article>
  )
}
