/**
 * The one entity filter the notebook, the claims table and the timelines share: choosing
 * "mentions this entity" in one view (or from the entity panel) filters the others too. Kept
 * in sessionStorage so a reload keeps it; closing the window ends it, like the undo history.
 * `useEntityFilterView` joins it to the entity index and says which highlights mention it.
 */
import {
  entityFilterOptions,
  entityMatcher,
  highlightsMentioningInSlices,
  resolveEntityFilter,
  type EntityFilterShown,
  type EntityMatcher,
} from '@shared/entities/entity-filter'
import { useLiveQuery } from 'dexie-react-hooks'
import { startTransition, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { db } from '../db'
import { allHighlights } from '../db/highlights'
import type { HighlightRecord } from '../db/records'
import { useDocumentSummaries } from './useDocuments'
import { useEntities, useEntityProgress, type EntityProgress } from './useEntities'
import { useEntityMentions } from './useEntityMentions'
import { yieldEvery } from '../ui/time-slices'

/** The sessionStorage key of the chosen entity id. */
export const ENTITY_FILTER_KEY = 'casefile.entity-filter'

function load(): string | null {
  try {
    const stored = sessionStorage.getItem(ENTITY_FILTER_KEY)
    return stored ? stored : null
  } catch {
    // Storage unavailable (a locked-down profile): the filter starts off.
    return null
  }
}

let current: string | null = null
let loaded = false
const listeners = new Set<() => void>()

function get(): string | null {
  if (!loaded) {
    current = load()
    loaded = true
  }
  return current
}

/**
 * Filters every view to the items that mention this entity (an `IndexedEntity` id), or
 * clears the filter with null. An id the index does not know is kept: the views say so.
 */
export function setEntityFilter(id: string | null): void {
  const next = id === '' ? null : id
  loaded = true
  if (next === current) return
  current = next
  try {
    if (next === null) sessionStorage.removeItem(ENTITY_FILTER_KEY)
    else sessionStorage.setItem(ENTITY_FILTER_KEY, next)
  } catch {
    // Not kept across a reload, but in force for this page.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The chosen entity id, or null; re-renders when any view or the entity panel changes it. */
export function useEntityFilter(): string | null {
  return useSyncExternalStore(subscribe, get)
}

/** The filter as a view shows and applies it. */
export interface EntityFilterView {
  /** The chosen entity id, or null when the filter is off. */
  id: string | null
  /** Where the filter stands, or why names could not be found at all. */
  state: EntityFilterShown
  /** Every entity as a choice, "Name (kind)", alphabetical. */
  options: { value: string; label: string }[]
  progress: EntityProgress
  /**
   * The entity's matcher and the ids of the highlights that mention it, while filtering
   * (`state.status === 'active'`); both null otherwise, when every item is shown.
   */
  matcher: EntityMatcher | null
  highlightIds: ReadonlySet<string> | null
  /**
   * True while the highlights that mention the active entity are first being found: every
   * item is shown meanwhile, and the notice says so.
   */
  matching: boolean
}

/**
 * How long the UI thread tests highlights before it yields: a frame and the analyst's input
 * go between pieces, well inside issue 14's 50 ms.
 */
const SLICE_MS = 8

/** The highlights found to mention an entity, and what they were found over. */
interface Found {
  entityId: string
  ids: ReadonlySet<string>
}

/**
 * The shared entity filter over the current entity index: its state, its choices, and which
 * highlights mention the chosen entity (the views test their own items with the matcher).
 */
export function useEntityFilterView(): EntityFilterView {
  const id = useEntityFilter()
  const index = useEntities()
  const progress = useEntityProgress()
  const summaries = useDocumentSummaries()
  const complete = progress.extracted >= progress.total
  const ready = index.status === 'ready' ? index.value : null
  const state = useMemo<EntityFilterShown>(
    () =>
      index.status === 'error' && id !== null
        ? { status: 'error' as const, id, message: index.message }
        : resolveEntityFilter(id, ready, complete),
    [id, index, ready, complete],
  )
  const entity = state.status === 'active' ? state.entity : null
  // Where the entity is named in each source, for highlights whose quote cuts a name in half:
  // asked of the entity worker, whose index holds only counts.
  const mentions = useEntityMentions(ready, entity?.id ?? null, null)
  const matcher = useMemo(
    () => (entity && mentions ? entityMatcher(entity, mentions.documents) : null),
    [entity, mentions],
  )
  const filtering = entity !== null
  // Null, not an empty list, when not filtering: the first answer after the filter is chosen
  // must not be taken for "no highlight mentions it".
  const highlights = useLiveQuery<HighlightRecord[] | null>(
    () => (filtering ? allHighlights(db) : null),
    [filtering],
  )
  const revs = useMemo(() => new Map(summaries.map((d) => [d.meta.id, d.rev])), [summaries])
  const [found, setFound] = useState<Found | null>(null)
  useEffect(() => {
    if (!matcher || !highlights) return
    // Thousands of texts are cut into words the first time: in pieces, so the view paints
    // and takes input meanwhile. A newer matcher or list makes this answer unwanted.
    const controller = new AbortController()
    void highlightsMentioningInSlices(
      matcher,
      highlights,
      (doc) => revs.get(doc),
      yieldEvery(SLICE_MS),
      controller.signal,
    ).then((ids) => {
      // A transition, so the views re-render to the filtered lists in pieces too.
      if (ids) startTransition(() => setFound({ entityId: matcher.entityId, ids }))
    })
    return () => controller.abort()
  }, [matcher, highlights, revs])
  // While the same entity's answer is brought up to date (a note edited, the index grown),
  // the last one stands rather than every item flashing back.
  const highlightIds = matcher && found?.entityId === matcher.entityId ? found.ids : null
  const options = useMemo(() => (ready ? entityFilterOptions(ready.entities) : []), [ready])
  return {
    id,
    state,
    options,
    progress,
    // Until the highlights have been tested, nothing is known to mention it: not filtering yet.
    matcher: highlightIds ? matcher : null,
    highlightIds,
    matching: entity !== null && highlightIds === null,
  }
}
