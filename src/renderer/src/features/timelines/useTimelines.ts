/** Timelines and every event (relative dates may cross timelines), live, as view items. */
import { buildTimelineItems, type TimelineItem } from '@shared/timelines/timeline-items'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '../../db'
import type { EventRecord, TimelineRecord } from '../../db/records'
import { allEvents, allTimelines } from '../../db/timelines'

export interface TimelinesData {
  timelines: TimelineRecord[]
  events: EventRecord[]
  /** Every event as an item, in chronological order. */
  items: TimelineItem[]
  loaded: boolean
}

export function useTimelines(): TimelinesData {
  const timelines = useLiveQuery(() => allTimelines(db), [])
  const events = useLiveQuery(() => allEvents(db), [])
  const items = useMemo(() => buildTimelineItems(events ?? []), [events])
  return {
    timelines: timelines ?? [],
    events: events ?? [],
    items,
    loaded: timelines !== undefined && events !== undefined,
  }
}
