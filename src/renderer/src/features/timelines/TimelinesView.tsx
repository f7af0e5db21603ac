/**
 * Timelines: the analyst's named timelines, one shown as a chronological list grouped by
 * year and month (or drawn), an event's detail beside it, and events added by hand.
 */
import { navigate } from '../../nav/useHashRoute'
import { EventDetail } from './EventDetail'
import { NewEventForm } from './NewEventForm'
import { TimelineHead } from './TimelineHead'
import { TimelineList } from './TimelineList'
import { TimelinesNav } from './TimelinesNav'
import { TimelineVisual } from './TimelineVisual'
import { useTimelinesPage } from './useTimelinesPage'

interface TimelinesViewProps {
  timelineId: string | null
  eventId: string | null
  onReady: () => void
}

export function TimelinesView({ timelineId, eventId, onReady }: TimelinesViewProps) {
  const { timelines, items, loaded, current, shown, quotes, selected, counts, filters } =
    useTimelinesPage(timelineId, eventId, onReady)

  return (
    <div className="timelines-view">
      <TimelinesNav timelines={timelines} currentId={current?.id ?? null} counts={counts} />
      <main
        id="timelines"
        className="timeline-main"
        aria-labelledby="timeline-heading"
        tabIndex={-1}
      >
        {!current ? (
          <div className="tl-empty">
            <h1 id="timeline-heading">Timelines</h1>
            <p>
              {loaded && timelines.length === 0
                ? 'No timelines yet. Create one, then add events by hand or from a passage in the reader (“Timeline”).'
                : 'Choose a timeline.'}
            </p>
          </div>
        ) : (
          <>
            <TimelineHead
              timeline={current}
              shown={shown}
              total={counts.get(current.id) ?? 0}
              quotes={quotes}
              filters={filters}
            />
            <NewEventForm timelineId={current.id} items={items} />
            {shown.length === 0 ? (
              <p className="panel-hint">
                {filters.entity.matcher && (counts.get(current.id) ?? 0) > 0
                  ? 'No event shown here mentions this entity, in its title, note or sources.'
                  : filters.asOf
                    ? 'None of these events was in a source published by that day.'
                    : filters.conflictsOnly
                      ? 'No date conflicts in this timeline.'
                      : 'No events yet. Add one by hand, or select a passage in the reader and choose “Timeline”.'}
              </p>
            ) : filters.display === 'list' ? (
              <TimelineList items={shown} quotes={quotes} selectedId={eventId} />
            ) : (
              <TimelineVisual
                title={current.title}
                items={shown}
                allItems={items}
                timelines={timelines}
                selectedId={eventId}
                onOpen={(id) =>
                  navigate({ view: 'timelines', timelineId: current.id, eventId: id })
                }
              />
            )}
          </>
        )}
      </main>
      {selected && (
        <EventDetail
          key={selected.id}
          item={selected}
          items={items}
          timelines={timelines}
          quotes={quotes}
          onClose={() => navigate({ view: 'timelines', timelineId, eventId: null })}
        />
      )}
    </div>
  )
}
