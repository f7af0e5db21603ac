/**
 * The index of entities over a corpus: mentions grouped into variants (one per kind and exact
 * surface), variants into entities by the normalisation rule (./entity-key.ts), then the
 * analyst's stored overrides applied. The steps, in this order, each on the result of the one
 * before:
 *
 * 1. Variants group by entity key ("Amir-Abdollahian" with "Amirabdollahian").
 * 2. A one-word person ("Raisi", "President Raisi") joins the one person in the corpus whose
 *    full name ends with it ("Ebrahim Raisi"); if two people could own it, it stays apart.
 *    Likewise an acronym the texts define ("Pakistan Maritime Security Agency (PMSA)") joins
 *    the name it stands for, if the corpus defines it for one entity only.
 * 3. Splits, in stored order: each named variant leaves its entity for one of its own, with the
 *    id `split:<variant id>`.
 * 4. Merges, in stored order: the entities a merge names become one, keeping the id (and kind)
 *    of the first it names that still exists.
 *
 * A merge names entities by id or by any key grouped in them, so a merge still holds when the
 * entity it named has since absorbed another. Overrides are plain data (JSON as they stand) and
 * building never changes them: one that names nothing in the corpus now is reported in
 * `stale` and kept, and takes effect again when its names come back. Building is a pure
 * function of its inputs, so building again with the same overrides gives the same index.
 */
import { z } from 'zod'
import type { EntityKind, EntityMention } from './entity-kind'
import { entityKey, isSingleWordName, surnameKeys } from './entity-key'

/** One document's mentions, as extraction gave them. */
export interface DocumentMentions {
  docId: string
  mentions: readonly EntityMention[]
}

/** The entities named (by id or key) become one; the first that exists keeps its id. */
export interface MergeOverride {
  keys: string[]
}

/** The variant (see {@link variantId}) leaves its entity for one of its own. */
export interface SplitOverride {
  variant: string
}

/** The analyst's overrides, stored as they are. */
export interface EntityOverrides {
  version: 1
  merges: MergeOverride[]
  splits: SplitOverride[]
}

/** No overrides. */
export const NO_OVERRIDES: EntityOverrides = { version: 1, merges: [], splits: [] }

/** One spelling of an entity: its kind and exact surface, and how often it occurs. */
export interface EntityVariant {
  id: string
  surface: string
  count: number
}

/** One mention of an entity in a document, offsets into the document's canonical text. */
export interface EntityOccurrence {
  start: number
  end: number
  surface: string
}

/**
 * How often an entity is mentioned in one document. The index holds only this: the mentions
 * themselves (every offset of every entity, most of the index's size) are asked for when
 * shown, through {@link entityMentions}.
 */
export interface EntityDocument {
  docId: string
  count: number
}

/** An entity's mentions in one document, in text order. */
export interface EntityDocumentMentions extends EntityDocument {
  mentions: EntityOccurrence[]
}

/** One entity of the index. */
export interface IndexedEntity {
  /** An entity key ("person:ebrahimraisi") or `split:<variant id>`; stable while its variants last. */
  id: string
  kind: EntityKind
  /**
   * The most frequent variant that is not a bare surname or an acronym joined in step 2 (ties:
   * the longer, then the first in code order).
   */
  name: string
  /** Every id and key that resolves to this entity (merges may name any of them). */
  keys: string[]
  /** Most frequent first. */
  variants: EntityVariant[]
  /** In the order the documents were given. */
  documents: EntityDocument[]
  /** Mentions in all documents. */
  count: number
}

/** A merge that named keys found nowhere in the corpus (it is applied to the rest). */
export interface StaleMerge {
  merge: MergeOverride
  missing: string[]
}

/** The index and the overrides that did not (wholly) apply. */
export interface EntityIndex {
  /** Most mentioned first, then by name. */
  entities: IndexedEntity[]
  stale: { merges: StaleMerge[]; splits: SplitOverride[] }
}

/** The index with every entity's mentions in each of its documents. */
export interface EntityIndexWithMentions extends EntityIndex {
  entities: (IndexedEntity & { documents: EntityDocumentMentions[] })[]
}

/** A variant's id: its kind and exact surface ("person|Hossein Amirabdollahian"). */
export function variantId(kind: EntityKind, surface: string): string {
  return `${kind}|${surface}`
}

interface Variant {
  id: string
  kind: EntityKind
  surface: string
  key: string
  /** Joined a full name as its surname or its acronym (step 2), so it does not name the entity. */
  attached: boolean
  occurrences: { docId: string; start: number; end: number }[]
}

interface Group {
  id: string
  kind: EntityKind
  variants: Variant[]
}

/**
 * Builds the index of the documents' mentions under the overrides (see the module comment):
 * with each entity's documents and counts, and with their mentions only when `mentions` is
 * set (what {@link entityMentions} gives one entity at a time).
 */
export function buildEntityIndex(
  documents: readonly DocumentMentions[],
  overrides?: EntityOverrides,
): EntityIndex
export function buildEntityIndex(
  documents: readonly DocumentMentions[],
  overrides: EntityOverrides,
  options: { mentions: true },
): EntityIndexWithMentions
export function buildEntityIndex(
  documents: readonly DocumentMentions[],
  overrides: EntityOverrides = NO_OVERRIDES,
  options: { mentions?: boolean } = {},
): EntityIndex {
  const variants = collectVariants(documents)
  const groups = groupByKey(variants)
  attachAcronyms(groups, documents)
  attachSurnames(groups)
  const stale: EntityIndex['stale'] = { merges: [], splits: [] }
  applySplits(groups, variants, overrides.splits, stale.splits)
  const merged = applyMerges(groups, overrides.merges, stale.merges)
  const docOrder = new Map(documents.map((d, i) => [d.docId, i]))
  const entities = merged.map((g) => toEntity(g, docOrder, options.mentions === true))
  entities.sort((a, b) => b.count - a.count || compare(a.name, b.name) || compare(a.id, b.id))
  return { entities, stale }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function collectVariants(documents: readonly DocumentMentions[]): Map<string, Variant> {
  const variants = new Map<string, Variant>()
  for (const doc of documents) {
    for (const m of doc.mentions) {
      const id = variantId(m.kind, m.surface)
      let v = variants.get(id)
      if (!v) {
        const key = entityKey(m.kind, m.surface)
        if (key === `${m.kind}:`) continue
        v = { id, kind: m.kind, surface: m.surface, key, attached: false, occurrences: [] }
        variants.set(id, v)
      }
      v.occurrences.push({ docId: doc.docId, start: m.start, end: m.end })
    }
  }
  return variants
}

function groupByKey(variants: Map<string, Variant>): Map<string, Group> {
  const groups = new Map<string, Group>()
  for (const v of [...variants.values()].sort((a, b) => compare(a.id, b.id))) {
    let g = groups.get(v.key)
    if (!g) {
      g = { id: v.key, kind: v.kind, variants: [] }
      groups.set(v.key, g)
    }
    g.variants.push(v)
  }
  return groups
}

function attachAcronyms(groups: Map<string, Group>, documents: readonly DocumentMentions[]): void {
  const meanings = new Map<string, Set<string>>()
  for (const doc of documents) {
    for (const m of doc.mentions) {
      if (m.abbreviates === undefined) continue
      const key = entityKey(m.kind, m.surface)
      const set = meanings.get(key) ?? new Set()
      set.add(entityKey(m.kind, m.abbreviates))
      meanings.set(key, set)
    }
  }
  for (const [key, targets] of meanings) {
    const [target] = targets
    const acronym = groups.get(key)
    const owner = target === undefined ? undefined : groups.get(target)
    if (targets.size !== 1 || !acronym || !owner || owner === acronym) continue
    for (const v of acronym.variants) v.attached = true
    owner.variants.push(...acronym.variants)
    groups.delete(key)
  }
}

function attachSurnames(groups: Map<string, Group>): void {
  const owners = new Map<string, Set<string>>()
  for (const g of groups.values()) {
    for (const v of g.variants) {
      for (const key of surnameKeys(v.kind, v.surface)) {
        const set = owners.get(key) ?? new Set()
        set.add(g.id)
        owners.set(key, set)
      }
    }
  }
  for (const g of [...groups.values()]) {
    if (g.kind !== 'person' || !g.variants.every((v) => isSingleWordName(v.kind, v.surface))) {
      continue
    }
    const candidates = [...(owners.get(g.id) ?? [])].filter((id) => id !== g.id)
    const owner = candidates.length === 1 ? groups.get(candidates[0]!) : undefined
    if (!owner) continue
    for (const v of g.variants) v.attached = true
    owner.variants.push(...g.variants)
    groups.delete(g.id)
  }
}

function applySplits(
  groups: Map<string, Group>,
  variants: Map<string, Variant>,
  splits: readonly SplitOverride[],
  stale: SplitOverride[],
): void {
  const done = new Set<string>()
  for (const split of splits) {
    const v = variants.get(split.variant)
    if (!v) {
      stale.push(split)
      continue
    }
    if (done.has(v.id)) continue
    done.add(v.id)
    const from = [...groups.values()].find((g) => g.variants.includes(v))
    if (!from) continue
    from.variants = from.variants.filter((x) => x !== v)
    if (from.variants.length === 0) groups.delete(from.id)
    const id = `split:${v.id}`
    v.attached = false
    groups.set(id, { id, kind: v.kind, variants: [v] })
  }
}

function applyMerges(
  groups: Map<string, Group>,
  merges: readonly MergeOverride[],
  stale: StaleMerge[],
): (Group & { keys: string[] })[] {
  // Every id and every key of a variant resolves to the group that holds it now.
  const resolve = new Map<string, string>()
  for (const g of groups.values()) resolve.set(g.id, g.id)
  for (const g of groups.values()) {
    for (const v of g.variants) if (!resolve.has(v.key)) resolve.set(v.key, g.id)
  }
  const parent = new Map<string, string>()
  const find = (id: string): string => {
    let root = id
    while (parent.has(root)) root = parent.get(root)!
    return root
  }
  for (const merge of merges) {
    const missing = merge.keys.filter((k) => !resolve.has(k))
    if (missing.length > 0) stale.push({ merge, missing })
    const roots = [
      ...new Set(merge.keys.flatMap((k) => (resolve.has(k) ? [find(resolve.get(k)!)] : []))),
    ]
    const [root, ...rest] = roots
    if (root === undefined) continue
    for (const other of rest) parent.set(other, root)
  }
  const merged = new Map<string, Group & { keys: string[] }>()
  for (const g of groups.values()) {
    const rootId = find(g.id)
    const root = groups.get(rootId)!
    let m = merged.get(rootId)
    if (!m) {
      m = { id: rootId, kind: root.kind, variants: [], keys: [] }
      merged.set(rootId, m)
    }
    m.variants.push(...g.variants)
  }
  for (const [key, id] of resolve) merged.get(find(id))!.keys.push(key)
  for (const m of merged.values()) m.keys.sort(compare)
  return [...merged.values()]
}

function toEntity(
  group: Group & { keys: string[] },
  docOrder: Map<string, number>,
  withMentions: boolean,
): IndexedEntity {
  const variants = group.variants
    .map((v) => ({
      id: v.id,
      surface: v.surface,
      count: v.occurrences.length,
      full: !v.attached,
    }))
    .sort((a, b) => b.count - a.count || compare(a.surface, b.surface))
  const naming = variants.some((v) => v.full) ? variants.filter((v) => v.full) : variants
  const name = [...naming].sort(
    (a, b) =>
      b.count - a.count || b.surface.length - a.surface.length || compare(a.surface, b.surface),
  )[0]!.surface
  const byDoc = new Map<string, EntityOccurrence[]>()
  const counts = new Map<string, number>()
  for (const v of group.variants) {
    for (const o of v.occurrences) {
      counts.set(o.docId, (counts.get(o.docId) ?? 0) + 1)
      if (!withMentions) continue
      const list = byDoc.get(o.docId) ?? []
      list.push({ start: o.start, end: o.end, surface: v.surface })
      byDoc.set(o.docId, list)
    }
  }
  const documents: EntityDocument[] = [...counts]
    .sort(([a], [b]) => (docOrder.get(a) ?? 0) - (docOrder.get(b) ?? 0))
    .map(([docId, count]) =>
      withMentions
        ? { docId, count, mentions: byDoc.get(docId)!.sort(compareOccurrences) }
        : { docId, count },
    )
  return {
    id: group.id,
    kind: group.kind,
    name,
    keys: group.keys,
    variants: variants.map(({ id, surface, count }) => ({ id, surface, count })),
    documents,
    count: documents.reduce((n, d) => n + d.count, 0),
  }
}

/** Text order; two spellings found on one span (a merge of two kinds) by spelling. */
function compareOccurrences(a: EntityOccurrence, b: EntityOccurrence): number {
  return a.start - b.start || a.end - b.end || compare(a.surface, b.surface)
}

/**
 * Finds an entity's mentions in the documents an index was built from, without the index
 * holding them: each document's own mentions are read again and kept when their variant is
 * one of the entity's. Holds the documents' mention lists as given (no copy) and, of the
 * index, which entity each variant belongs to and the ids of each entity's documents.
 */
export interface MentionFinder {
  /**
   * The mentions of the entity with this id in `docId`, or in each of its documents when
   * null; in the index's document order, exactly as `buildEntityIndex(…, { mentions: true })`
   * gives them. None for an id the index does not have.
   */
  mentionsOf(entityId: string, docId: string | null): EntityDocumentMentions[]
}

/** A finder over `documents` and the index built from them (with the same overrides). */
export function entityMentions(
  documents: readonly DocumentMentions[],
  index: EntityIndex,
): MentionFinder {
  const owner = new Map<string, string>()
  const docIds = new Map<string, string[]>()
  for (const e of index.entities) {
    docIds.set(
      e.id,
      e.documents.map((d) => d.docId),
    )
    for (const v of e.variants) owner.set(v.id, e.id)
  }
  const byDoc = new Map(documents.map((d) => [d.docId, d]))
  return {
    mentionsOf(entityId, docId) {
      const ids = docIds.get(entityId) ?? []
      const wanted = docId === null ? ids : ids.filter((id) => id === docId)
      return wanted.map((id) => {
        const mentions: EntityOccurrence[] = []
        for (const m of byDoc.get(id)?.mentions ?? []) {
          if (owner.get(variantId(m.kind, m.surface)) === entityId)
            mentions.push({ start: m.start, end: m.end, surface: m.surface })
        }
        // Counted as the index counts: every mention of one of the entity's variants.
        return { docId: id, count: mentions.length, mentions: mentions.sort(compareOccurrences) }
      })
    },
  }
}

// ---------------------------------------------------------------------------------------
// Editing and storing overrides.

/**
 * The overrides with one more merge of the named entities (ids or keys, at least two distinct);
 * the same overrides when fewer than two are named or the same set is already merged.
 */
export function addMerge(overrides: EntityOverrides, keys: readonly string[]): EntityOverrides {
  const unique = [...new Set(keys)]
  if (unique.length < 2) return overrides
  const same = (m: MergeOverride) =>
    m.keys.length === unique.length && m.keys.every((k) => unique.includes(k))
  if (overrides.merges.some(same)) return overrides
  return { ...overrides, merges: [...overrides.merges, { keys: unique }] }
}

/** The overrides without the merge of exactly these keys (in any order). */
export function removeMerge(overrides: EntityOverrides, keys: readonly string[]): EntityOverrides {
  const set = new Set(keys)
  const merges = overrides.merges.filter(
    (m) => !(m.keys.length === set.size && m.keys.every((k) => set.has(k))),
  )
  return merges.length === overrides.merges.length ? overrides : { ...overrides, merges }
}

/** The overrides with the variant split out; the same overrides if it already is. */
export function addSplit(overrides: EntityOverrides, variant: string): EntityOverrides {
  if (overrides.splits.some((s) => s.variant === variant)) return overrides
  return { ...overrides, splits: [...overrides.splits, { variant }] }
}

/** The overrides without the split of this variant (it rejoins its entity). */
export function removeSplit(overrides: EntityOverrides, variant: string): EntityOverrides {
  const splits = overrides.splits.filter((s) => s.variant !== variant)
  return splits.length === overrides.splits.length ? overrides : { ...overrides, splits }
}

const overridesSchema = z.object({
  version: z.literal(1),
  merges: z.array(z.object({ keys: z.array(z.string()) })),
  splits: z.array(z.object({ variant: z.string() })),
})

/**
 * Reads stored overrides (the parsed JSON of what was saved). Throws an Error saying what is
 * wrong when the value is not overrides of a known version; nothing is dropped silently.
 */
export function parseEntityOverrides(value: unknown): EntityOverrides {
  const parsed = overridesSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || 'value'
    throw new Error(
      `Stored entity merges and splits could not be read: ${where}: ${issue?.message ?? 'invalid'}`,
    )
  }
  return parsed.data
}
