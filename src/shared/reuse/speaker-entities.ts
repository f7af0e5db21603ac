/**
 * Who the analyst's entity index says a quote's speaker is. Quote drift compares two quotes
 * only when their speakers are one; with the index known, "one" is the index's answer (its
 * normalisation rule, then the analyst's splits and merges), not the quote finder's own rule.
 *
 * The index lives on the UI thread and the quotes in the reuse worker, so neither crosses
 * whole: the worker names the speakers its quotes have ({@link quoteSpeakers}), and the UI
 * thread answers with the entities those speakers are in ({@link speakerEntities}), a list as
 * long as the distinct speakers, not the index.
 */
import { variantId, type EntityIndex } from '../entities/entity-index'
import { entityKey } from '../entities/entity-key'
import type { EntityKind } from '../entities/entity-kind'
import type { Quote, QuoteSpeaker } from './quotes'

/** One entity some quotes' speakers are in: its id and name, and those speakers. */
export interface SpeakerEntity {
  /** The entity's id in the index (an entity key, or `split:<variant id>`). */
  id: string
  /** The entity's name in the index: what the possible-misquote list calls the speaker. */
  name: string
  /** The speakers in it, as {@link speakerVariant} names them. */
  speakers: string[]
}

/** Who a speaker is: the entity's id and name. */
export interface SpeakerIdentity {
  id: string
  name: string
}

/** A speaker's entity by {@link speakerVariant}; a speaker absent from it is its own. */
export type SpeakerLookup = ReadonlyMap<string, SpeakerIdentity>

/**
 * A speaker as the index's variants are named (kind and exact name): the name the quote gives
 * is a surface of its document (or what an acronym there stands for), so a split variant is
 * told from the entity it left.
 */
export function speakerVariant(speaker: Pick<QuoteSpeaker, 'kind' | 'name'>): string {
  return variantId(speaker.kind, speaker.name)
}

/** The distinct speakers of the quotes ({@link speakerVariant}), sorted. */
export function quoteSpeakers(quotes: Iterable<Quote>): string[] {
  const found = new Set<string>()
  for (const q of quotes) if (q.speaker) found.add(speakerVariant(q.speaker))
  return [...found].sort()
}

/**
 * The entities of `index` the `speakers` ({@link speakerVariant}) are in: each speaker by its
 * variant, else (a name the index has only as an acronym's meaning) by its entity key. A
 * speaker the index does not know is left out. Entities in index order, speakers sorted.
 */
export function speakerEntities(index: EntityIndex, speakers: readonly string[]): SpeakerEntity[] {
  const wanted = new Set(speakers)
  const byKey = new Map<string, string[]>()
  for (const speaker of speakers) {
    const bar = speaker.indexOf('|')
    const key = entityKey(speaker.slice(0, bar) as EntityKind, speaker.slice(bar + 1))
    const list = byKey.get(key)
    if (list) list.push(speaker)
    else byKey.set(key, [speaker])
  }
  const placed = new Map<string, number>()
  const found: SpeakerEntity[] = []
  const place = (speaker: string, at: number) => {
    if (placed.has(speaker)) return
    placed.set(speaker, at)
    found[at]!.speakers.push(speaker)
  }
  index.entities.forEach((entity) => {
    const at = found.length
    found.push({ id: entity.id, name: entity.name, speakers: [] })
    for (const v of entity.variants) if (wanted.has(v.id)) place(v.id, at)
  })
  index.entities.forEach((entity, at) => {
    for (const key of entity.keys) for (const speaker of byKey.get(key) ?? []) place(speaker, at)
  })
  return found
    .filter((e) => e.speakers.length > 0)
    .map((e) => ({ ...e, speakers: e.speakers.sort() }))
}

/** The lookup the worker keeps of {@link speakerEntities}' answer. */
export function speakerLookup(entities: readonly SpeakerEntity[]): SpeakerLookup {
  const lookup = new Map<string, SpeakerIdentity>()
  for (const { id, name, speakers } of entities) {
    for (const speaker of speakers) lookup.set(speaker, { id, name })
  }
  return lookup
}

/** The entity a speaker is in, by the lookup; one the index does not know is its own key. */
export function speakerIdentity(lookup: SpeakerLookup, speaker: QuoteSpeaker): SpeakerIdentity {
  return lookup.get(speakerVariant(speaker)) ?? { id: speaker.key, name: speaker.name }
}
