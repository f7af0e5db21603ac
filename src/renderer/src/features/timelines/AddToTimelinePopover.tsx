/**
 * "Add to timeline" from a selection or a highlight: the date is suggested from the
 * passage (or its sentence) with the source's publication date as the reference, and the
 * suggestion says what it read and how precise it is. The analyst accepts or edits it,
 * titles the event (prefilled from the sentence) and picks the timeline; the passage
 * becomes the event's first source, stating the suggested date.
 */
import type { TextRange } from '@shared/anchoring'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { AbsoluteDate, EventDate } from '@shared/dates/event-date'
import { describeSuggestion, suggestDate, type DateSuggestion } from '@shared/dates/suggest-date'
import type { PassageSource } from '@shared/highlights/passage'
import { sentenceAround, titleFromSentence } from '@shared/timelines/sentence'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useDismissOnOutsidePointer } from '../../ui/useDismissOnOutsidePointer'
import { db } from '../../db'
import { allTimelines } from '../../db/timelines'
import { popoverPosition } from '../../ui/popover-position'
import { newEvent, newTimeline } from './actions'
import { EventDateEditor } from './EventDateEditor'
import { useTimelines } from './useTimelines'

interface AddToTimelinePopoverProps {
  doc: DocumentModel
  passage: TextRange
  /** An existing highlight to use as the source; else the passage is highlighted. */
  highlightId: string | null
  anchor: DOMRect
  onClose: () => void
}

/** The suggested date as an event date, when it is a date rather than an offset. */
function suggestedDate(s: DateSuggestion | null): AbsoluteDate | null {
  if (!s || s.kind !== 'date') return null
  return s.range
    ? { kind: 'range', start: s.date, end: s.range.end }
    : { kind: 'point', date: s.date }
}

export function AddToTimelinePopover(props: AddToTimelinePopoverProps) {
  const { doc, passage, highlightId, anchor, onClose } = props
  const timelines = useLiveQuery(() => allTimelines(db), [])
  const { items, loaded } = useTimelines()
  const quote = doc.text.slice(passage.start, passage.end)
  const sentence = useMemo(() => {
    const { start, end } = sentenceAround(doc.text, passage.start, passage.end)
    return doc.text.slice(start, end)
  }, [doc.text, passage.start, passage.end])
  const suggestion = useMemo(
    () => suggestDate(quote, { sentence, published: doc.meta.published }),
    [quote, sentence, doc.meta.published],
  )
  const stated = suggestedDate(suggestion)
  const [title, setTitle] = useState(() => titleFromSentence(sentence))
  // Set by the editor: the suggested date, or the offset once the editor has its event.
  const [date, setDate] = useState<EventDate | null>(stated)
  const [timelineId, setTimelineId] = useState('')
  const [newTitle, setNewTitle] = useState('')
  const panelRef = useRef<HTMLDivElement>(null)
  useDismissOnOutsidePointer(panelRef, onClose)
  useEffect(() => {
    panelRef.current?.querySelector<HTMLInputElement>('input[type="text"]')?.focus()
  }, [])

  const chosen = timelineId || timelines?.[0]?.id || ''
  const add = async () => {
    if (!date) return
    let target = chosen
    if (target === 'new' || !target) {
      const made = await newTimeline(newTitle)
      if (!made) return
      target = made.id
    }
    const source: PassageSource = highlightId
      ? { kind: 'highlight', highlightId }
      : { kind: 'selection', doc, passage }
    if (await newEvent(target, title, date, source, stated)) onClose()
  }

  const position = popoverPosition(anchor, { width: 440, height: 470 })
  const creating = chosen === 'new' || (timelines !== undefined && timelines.length === 0)
  return (
    <div
      ref={panelRef}
      className="tag-claim add-timeline"
      role="dialog"
      aria-label="Add to timeline"
      style={position}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <p className="suggestion" data-testid="date-suggestion">
        {suggestion
          ? suggestion.kind === 'offset'
            ? `${describeSuggestion(suggestion)}. Choose the event it is relative to.`
            : `Suggested: ${describeSuggestion(suggestion)}`
          : 'No date found in the passage or its sentence: enter one.'}
      </p>
      <label className="field">
        <span className="field-label">Event title</span>
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      {/* The editor starts from the suggestion, which may point at an existing event. */}
      {!loaded ? (
        <p className="date-parsed">Loading events…</p>
      ) : (
        <EventDateEditor
          initial={
            suggestion?.kind === 'offset' && items[0]
              ? {
                  kind: 'relative',
                  eventId: items[0].id,
                  offset: {
                    amount:
                      suggestion.direction === 'before'
                        ? -suggestion.offset.amount
                        : suggestion.offset.amount,
                    unit: suggestion.offset.unit,
                  },
                  approximate: false,
                }
              : stated
          }
          others={items}
          onChange={setDate}
        />
      )}
      <label className="field">
        <span className="field-label">Timeline</span>
        <select value={chosen} onChange={(e) => setTimelineId(e.target.value)}>
          {(timelines ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
          <option value="new">New timeline…</option>
        </select>
      </label>
      {creating && (
        <label className="field">
          <span className="field-label">New timeline title</span>
          <input type="text" value={newTitle} onChange={(e) => setNewTitle(e.target.value)} />
        </label>
      )}
      <div className="editor-actions">
        <button type="button" className="button-quiet" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button"
          disabled={!date || !title.trim() || (creating && !newTitle.trim())}
          onClick={() => void add()}
        >
          Add event
        </button>
      </div>
    </div>
  )
}
