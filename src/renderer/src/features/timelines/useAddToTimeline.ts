/**
 * The state behind "Add to timeline": the date suggested from the passage (or its
 * sentence, counted from the source's publication date), the event's title prefilled from
 * the sentence, the timeline chosen (or a new one), and the write that adds the event.
 */
import type { TextRange } from '@shared/anchoring'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { EventDate } from '@shared/dates/event-date'
import { suggestDate, type DateSuggestion } from '@shared/dates/suggest-date'
import { suggestedDate } from '@shared/dates/suggested-event-date'
import type { PassageSource } from '@shared/highlights/passage'
import { sentenceAround, titleFromSentence } from '@shared/timelines/sentence'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { db } from '../../db'
import type { TimelineRecord } from '../../db/records'
import { allTimelines } from '../../db/timelines'
import { newEvent, newTimeline } from './actions'

/** What the form shows and changes; `add` resolves true once the event is written. */
export interface AddToTimeline {
  suggestion: DateSuggestion | null
  title: string
  setTitle: (title: string) => void
  /** Set by the date editor: the suggested date, or the offset once it has its event. */
  setDate: (date: EventDate | null) => void
  /** Undefined until loaded. */
  timelines: TimelineRecord[] | undefined
  /** The chosen timeline's id, `'new'` for a new one, '' while there is none to choose. */
  chosen: string
  setTimelineId: (id: string) => void
  /** A new timeline will be made, so it needs a title. */
  creating: boolean
  newTitle: string
  setNewTitle: (title: string) => void
  canAdd: boolean
  add: () => Promise<boolean>
}

/** `highlightId` is the event's source when given; else the passage is highlighted. */
export function useAddToTimeline(
  doc: DocumentModel,
  passage: TextRange,
  highlightId: string | null,
): AddToTimeline {
  const timelines = useLiveQuery(() => allTimelines(db), [])
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
  const [date, setDate] = useState<EventDate | null>(stated)
  const [timelineId, setTimelineId] = useState('')
  const [newTitle, setNewTitle] = useState('')

  const chosen = timelineId || timelines?.[0]?.id || ''
  const creating = chosen === 'new' || (timelines !== undefined && timelines.length === 0)
  const add = async () => {
    if (!date) return false
    let target = chosen
    if (target === 'new' || !target) {
      const made = await newTimeline(newTitle)
      if (!made) return false
      target = made.id
    }
    const source: PassageSource = highlightId
      ? { kind: 'highlight', highlightId }
      : { kind: 'selection', doc, passage }
    // The source states the suggested date, whatever the analyst makes the event's date.
    return (await newEvent(target, title, date, source, stated)) !== null
  }

  return {
    suggestion,
    title,
    setTitle,
    setDate,
    timelines,
    chosen,
    setTimelineId,
    creating,
    newTitle,
    setNewTitle,
    canAdd: date !== null && title.trim() !== '' && !(creating && !newTitle.trim()),
    add,
  }
}
