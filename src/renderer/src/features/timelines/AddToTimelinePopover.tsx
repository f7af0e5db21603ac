/**
 * "Add to timeline" from a selection or a highlight: the suggestion says what date it read
 * and how precise it is; the analyst accepts or edits it, titles the event (prefilled from
 * the sentence) and picks the timeline; the passage becomes the event's first source.
 */
import type { TextRange } from '@shared/anchoring'
import type { DocumentModel } from '@shared/corpus/document-model'
import { initialEventDate, suggestionMessage } from '@shared/dates/suggested-event-date'
import { useRef, type RefObject } from 'react'
import { Popover, PopoverActions, type PopoverAnchor } from '../../ui/Popover'
import { EventDateEditor } from './EventDateEditor'
import { TimelineChoice } from './TimelineChoice'
import { useAddToTimeline } from './useAddToTimeline'
import { useTimelines } from './useTimelines'

interface AddToTimelinePopoverProps {
  doc: DocumentModel
  passage: TextRange
  /** An existing highlight to use as the source; else the passage is highlighted. */
  highlightId: string | null
  anchor: PopoverAnchor
  /** Every line of the passage, kept clear of (see `Popover`). */
  keepClear?: () => PopoverAnchor | null
  onClose: () => void
  /** Takes the focus when the popover closes (see `Popover`). */
  returnFocus?: RefObject<HTMLElement | null>
}

export function AddToTimelinePopover(props: AddToTimelinePopoverProps) {
  const { doc, passage, highlightId, anchor, onClose, returnFocus } = props
  const form = useAddToTimeline(doc, passage, highlightId)
  const { items, loaded } = useTimelines()
  const titleRef = useRef<HTMLInputElement>(null)
  return (
    <Popover
      label="Add to timeline"
      className="add-timeline"
      anchor={anchor}
      keepClear={props.keepClear}
      sizeGuess={{ width: 420, height: 470 }}
      initialFocus={titleRef}
      returnFocus={returnFocus}
      onClose={onClose}
    >
      <p className="suggestion" data-testid="date-suggestion">
        {suggestionMessage(form.suggestion)}
      </p>
      <label className="field">
        <span className="field-label">Event title</span>
        <input
          ref={titleRef}
          type="text"
          value={form.title}
          onChange={(e) => form.setTitle(e.target.value)}
        />
      </label>
      {/* The editor starts from the suggestion, which may point at an existing event. */}
      {!loaded ? (
        <p className="date-parsed">Loading events…</p>
      ) : (
        <EventDateEditor
          initial={initialEventDate(form.suggestion, items[0]?.id)}
          others={items}
          onChange={form.setDate}
        />
      )}
      <TimelineChoice form={form} />
      <PopoverActions
        confirmLabel="Add event"
        disabled={!form.canAdd}
        onConfirm={() => void form.add().then((done) => done && onClose())}
        onCancel={onClose}
      />
    </Popover>
  )
}
