/** The passages an event rests on: each quote, its citation, the date it states, a link. */
import { formatEventDate } from '@shared/dates/format-event-date'
import { parseDateInput } from '@shared/dates/parse-date-input'
import type { TimelineItem } from '@shared/timelines/timeline-items'
import { useState } from 'react'
import { routeHash } from '../../nav/routes'
import { setStatedDate } from './actions'
import type { SourceQuote } from './useSourceQuotes'

interface EventSourcesProps {
  item: TimelineItem
  quotes: ReadonlyMap<string, SourceQuote>
}

/** The event's sources; the date each states saves when a valid one (or none) is left. */
export function EventSources({ item, quotes }: EventSourcesProps) {
  return (
    <section aria-labelledby="event-sources-heading">
      <h3 id="event-sources-heading">Sources</h3>
      {item.sources.length === 0 && <p className="panel-hint">Added by hand: no source yet.</p>}
      <ul className="event-sources">
        {item.sources.map((source) => {
          const quote = quotes.get(source.highlightId)
          return (
            <li key={source.highlightId}>
              <q dir="auto">{quote?.quote ?? '…'}</q>
              <cite>{quote?.citation}</cite>
              <StatedDate
                label={`Date this source states`}
                initial={source.stated ? formatEventDate(source.stated) : ''}
                onSave={(text) => {
                  if (!text.trim()) return void setStatedDate(item.id, source.highlightId, null)
                  const parsed = parseDateInput(text)
                  if (parsed.ok) void setStatedDate(item.id, source.highlightId, parsed.date)
                }}
              />
              <a
                href={routeHash({
                  view: 'reader',
                  docId: source.docId,
                  highlightId: source.highlightId,
                })}
              >
                Open in reader
              </a>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function StatedDate(props: { label: string; initial: string; onSave: (text: string) => void }) {
  const [text, setText] = useState(props.initial)
  const parsed = text.trim() ? parseDateInput(text) : null
  return (
    <label className="field field-inline">
      <span>{props.label}</span>
      <input
        type="text"
        value={text}
        placeholder="not stated"
        onChange={(e) => setText(e.target.value)}
        onBlur={() =>
          (text.trim() === '' || parsed?.ok) && text !== props.initial && props.onSave(text)
        }
      />
      {parsed && !parsed.ok && <span className="date-problem">{parsed.problem}</span>}
    </label>
  )
}
