/**
 * What the entity panel lists: entities filtered by kind and name, their sources in short,
 * the candidates to merge with one, and the stored merges that hold one together.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import type { EntityOverrides, IndexedEntity, MergeOverride } from '@shared/entities/entity-index'
import { entityKey, foldText } from '@shared/entities/entity-key'
import type { EntityKind } from '@shared/entities/entity-kind'

/** A kind, or every kind. */
export type KindChoice = EntityKind | 'all'

/** Plural labels of each kind, as lists and headings say them. */
export const KIND_LABELS: Readonly<Record<EntityKind, string>> = {
  person: 'People',
  place: 'Places',
  organisation: 'Organisations',
}

/** The singular, lower case ("person"). */
export const KIND_NAMES: Readonly<Record<EntityKind, string>> = {
  person: 'person',
  place: 'place',
  organisation: 'organisation',
}

function folded(text: string): string {
  return foldText(text)
    .replace(/[\s\-‐-―]+/g, ' ')
    .trim()
}

/**
 * The entities of `kind` whose name or any spelling contains `query` (case, accents and
 * hyphens ignored: "amir abdol" finds "Hossein Amir-Abdollahian"), in the index's order.
 */
export function filterEntities(
  entities: readonly IndexedEntity[],
  kind: KindChoice,
  query: string,
): IndexedEntity[] {
  const q = folded(query)
  return entities.filter(
    (e) =>
      (kind === 'all' || e.kind === kind) &&
      (q === '' || e.variants.some((v) => folded(v.surface).includes(q))),
  )
}

/** How many entities there are of each kind, and in all. */
export function countByKind(entities: readonly IndexedEntity[]): Record<KindChoice, number> {
  const counts = { all: entities.length, person: 0, place: 0, organisation: 0 }
  for (const e of entities) counts[e.kind]++
  return counts
}

/**
 * A source's title short enough for a compact breakdown: the part before a colon or dash
 * when that says enough, else the first words, with "…" when cut.
 */
export function shortTitle(title: string, max = 28): string {
  const trimmed = title.trim()
  if (trimmed.length <= max) return trimmed
  const head = trimmed.split(/:\s|\s[–—-]\s/)[0]!.trim()
  if (head.length >= 8 && head.length <= max) return head
  const cut = trimmed.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** One source of an entity, as the breakdown shows it. */
export interface SourceCount {
  docId: string
  title: string
  shortTitle: string
  count: number
}

/** The entity's sources with their titles (the id when the library does not list it). */
export function sourceCounts(
  entity: IndexedEntity,
  titles: ReadonlyMap<string, string>,
): SourceCount[] {
  return entity.documents.map((d) => {
    const title = titles.get(d.docId) ?? d.docId
    return { docId: d.docId, title, shortTitle: shortTitle(title), count: d.count }
  })
}

/** Each listed source's title by id. */
export function titlesById(documents: readonly DocumentSummary[]): Map<string, string> {
  return new Map(documents.map((d) => [d.meta.id, d.meta.title]))
}

/**
 * Every other entity the analyst could merge into `entity`: those of its kind first (the usual
 * case), then the rest, each most mentioned first.
 */
export function mergeCandidates(
  entities: readonly IndexedEntity[],
  entity: IndexedEntity,
): IndexedEntity[] {
  const others = entities.filter((e) => e.id !== entity.id)
  return [
    ...others.filter((e) => e.kind === entity.kind),
    ...others.filter((e) => e.kind !== entity.kind),
  ]
}

/** The stored merges that name this entity (by its id or any key it holds): what can be unmerged. */
export function mergesOf(overrides: EntityOverrides, entity: IndexedEntity): MergeOverride[] {
  const keys = new Set(entity.keys)
  return overrides.merges.filter((m) => m.keys.some((k) => keys.has(k)))
}

/**
 * A key a merge names, in words: the entity with that id, else the spelling in the entity that
 * now holds it ("place:iraq" → "Iraq" once merged into Iran), else the key's own letters.
 */
export function describeKey(key: string, entities: readonly IndexedEntity[]): string {
  const entity = entities.find((e) => e.id === key)
  if (entity) return entity.name
  if (key.startsWith('split:')) return key.slice(key.indexOf('|') + 1)
  const holder = entities.find((e) => e.keys.includes(key))
  const spelling = holder?.variants.find((v) => {
    const kind = v.id.slice(0, v.id.indexOf('|')) as EntityKind
    return entityKey(kind, v.surface) === key
  })
  return spelling?.surface ?? key.slice(key.indexOf(':') + 1)
}
