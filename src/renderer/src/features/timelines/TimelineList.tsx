/**
 * A timeline as a chronological list grouped by year and month: each event with its date
 * at its honest precision, title, note, tags, and the quotes behind it with citations.
 */
import { groupByYearAndMonth, type TimelineItem } from '@shared/timelines/timeline-items'
import { routeHash } from '../../app/routes'
import type { SourceQuote } from './useSourceQuotes'

interface TimelineListProps {
  items: readonly TimelineItem[]
  quotes: ReadonlyMap<string, SourceQuote>
  selectedId: string | null
}

export function TimelineList({ items, quotes, selectedId }: TimelineListProps) {
  return (
    <div className="timeline-list">
      {groupByYearAndMonth(items).map(({ year, months }) => (
        <section key={year} className="tl-year" aria-labelledby={`tl-year-${year}`}>
          <h2 id={`tl-year-${year}`}>{year}</h2>
          {months.map(({ month, items: list }) => (
            <section
              key={month || 'year'}
              className="tl-month"
              aria-label={month || `${year}, month not known`}
            >
              {month && <h3>{month}</h3>}
              <ol className="tl-events">
                {list.map((item) => (
                  <li
                    key={item.id}
                    className={item.id === selectedId ? 'tl-event tl-event-selected' : 'tl-event'}
                    data-event-id={item.id}
                  >
                    <div className="tl-event-head">
                      <span className={item.approximate ? 'tl-date tl-date-approx' : 'tl-date'}>
                        {item.dateLabel}
                      </span>
                      <a
                        className="tl-title"
                        href={routeHash({
                          view: 'timelines',
                          timelineId: item.timelineId,
                          eventId: item.id,
                        })}
                      >
                        {item.title}
                      </a>
                      {item.conflict && (
                        <span
                          className="tl-conflict"
                          title="The sources state dates that cannot all be true"
                        >
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
                              <q dir="auto">{quote?.quote ?? '…'}</q>{' '}
                              <cite>{quote?.citation ?? ''}</cite>
                            </li>
                          )
                        })}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </div>
  )
}
