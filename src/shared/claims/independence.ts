/**
 * Independence of sources: ten outlets reprinting one wire story, or one author writing
 * in three places, are one voice and must not look like corroboration. Sources are
 * linked when they share an outlet or an author, and linking is transitive.
 *
 * Author names are compared by a key of surname plus first initial, the shape the brief
 * cites them in ("Fakhar, S."). So "Samiha Fakhar", "S. Fakhar", "Fakhar, S." and
 * "Fakhar S.A." are one author. The key errs towards merging (two different S. Fakhars
 * become one), which understates corroboration rather than inventing it: the safe side
 * for an analyst. A bare surname ("Fakhar") links only with the same bare surname, since
 * nothing says which Fakhar it is.
 */
import type { SourceIdentity } from './types'

/** Values that say "we do not know" and so must never link two sources. */
const UNKNOWN = new Set(['', 'unknown', 'n/a', 'na', 'none', 'anonymous', 'anon', '-', '?'])

/**
 * Bylines that name a role or a desk, not a person: "Staff reporter" at two papers
 * are two different people.
 */
const NOT_AUTHORS = new Set([
  ...UNKNOWN,
  'et al',
  'and others',
  'others',
  'staff',
  'staff reporter',
  'staff writer',
  'staff correspondent',
  'correspondent',
  'our correspondent',
  'special correspondent',
  'reporter',
  'our reporter',
  'desk',
  'web desk',
  'news desk',
  'monitoring desk',
  'editor',
  'editors',
  'editorial',
  'editorial board',
  'agencies',
  'agency',
  'news agencies',
])

const TITLES = new Set([
  ...['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'rev', 'hon'],
  ...['gen', 'lt', 'col', 'maj', 'capt', 'brig', 'adm', 'amb', 'ambassador'],
  ...['jr', 'sr', 'ii', 'iii', 'iv', 'phd'],
])

/**
 * Particles that belong to the surname when they stand before it: "Jan van der Berg" is
 * "van der Berg, J.", and "Ahmed Al Hassan" is the same person as "Ahmed Al-Hassan".
 */
const PARTICLES = new Set([
  ...['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le'],
  ...['al', 'el', 'bin', 'ibn', 'bint'],
])

/**
 * Accents, compatibility forms and case no longer matter. Upper- then lower-casing is a
 * full case fold ("ß" → "ss"), which plain lower-casing is not.
 */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

function stripEdgePunctuation(text: string): string {
  return text.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
}

/** "The Express Tribune." → "express tribune"; null for a missing or unknown outlet. */
export function outletKey(outlet: string | null | undefined): string | null {
  if (!outlet) return null
  const key = stripEdgePunctuation(stripEdgePunctuation(fold(outlet)).replace(/^the(?: |$)/, ''))
  return UNKNOWN.has(key) ? null : key
}

function nameTokens(text: string): string[] {
  return text
    .split(/[\s.,]+/)
    .map(stripEdgePunctuation)
    .filter((token) => token && !TITLES.has(token))
}

/** Splits folded name tokens into surname and given names, for names without a comma. */
function splitUncommaed(tokens: readonly string[]): { surname: string[]; given: string[] } {
  // "Fakhar S A": a surname followed by initials, as reference lists write it.
  let initials = tokens.length
  while (initials > 1 && tokens[initials - 1]!.length === 1) initials--
  if (initials < tokens.length && tokens[0]!.length > 1) {
    return { surname: tokens.slice(0, initials), given: tokens.slice(initials) }
  }
  let start = tokens.length - 1
  while (start > 1 && PARTICLES.has(tokens[start - 1]!)) start--
  return { surname: tokens.slice(start), given: tokens.slice(0, start) }
}

/**
 * "Samiha Fakhar", "Fakhar, S." and "Dr. S. Fakhar" → "fakhar|s". Null for a byline
 * that names no person ("Staff reporter", "et al.") or nothing but an initial.
 */
export function authorKey(author: string | null | undefined): string | null {
  if (!author) return null
  const name = stripEdgePunctuation(fold(author).replace(/(,?\s+|^)(et\.? al|and others)\b.*$/, ''))
  if (NOT_AUTHORS.has(name)) return null
  const comma = name.indexOf(',')
  const { surname, given } =
    comma >= 0
      ? { surname: nameTokens(name.slice(0, comma)), given: nameTokens(name.slice(comma + 1)) }
      : splitUncommaed(nameTokens(name))
  const surnameKey = surname.join('').replace(/[^\p{L}\p{N}]/gu, '')
  if (surnameKey.length < 2) return null
  const initial = /[\p{L}\p{N}]/u.exec(given[0] ?? '')?.[0] ?? ''
  return `${surnameKey}|${initial}`
}

/**
 * The keys a source links on. Outlets and authors live apart, so a "Reuters" byline is
 * not Reuters the outlet.
 */
function linkKeys(source: Pick<SourceIdentity, 'authors' | 'outlet'>): string[] {
  const keys: string[] = []
  const outlet = outletKey(source.outlet)
  if (outlet !== null) keys.push(`o:${outlet}`)
  for (const author of source.authors) {
    const key = authorKey(author)
    if (key !== null) keys.push(`a:${key}`)
  }
  return keys
}

/**
 * Union-find over sources given as (docId, link keys). The root of a group is always
 * its earliest member, so groups come out in order of first appearance.
 */
function groupSources(sources: Iterable<{ docId: string; keys: readonly string[] }>): string[][] {
  const nodeOf = new Map<string, number>()
  const docIds: string[] = []
  const parent: number[] = []
  const ownerOf = new Map<string, number>()

  const find = (node: number): number => {
    let at = node
    while (parent[at] !== at) {
      const up = parent[parent[at]!]!
      parent[at] = up
      at = up
    }
    return at
  }

  for (const { docId, keys } of sources) {
    let node = nodeOf.get(docId)
    if (node === undefined) {
      node = docIds.length
      nodeOf.set(docId, node)
      docIds.push(docId)
      parent.push(node)
    }
    for (const key of keys) {
      const owner = ownerOf.get(key)
      if (owner === undefined) {
        ownerOf.set(key, node)
        continue
      }
      const a = find(owner)
      const b = find(node)
      if (a < b) parent[b] = a
      else if (b < a) parent[a] = b
    }
  }

  const groups = new Map<number, string[]>()
  docIds.forEach((docId, node) => {
    const root = find(node)
    const group = groups.get(root)
    if (group) group.push(docId)
    else groups.set(root, [docId])
  })
  return [...groups.values()]
}

/**
 * docIds grouped into independent sources: groups in order of first appearance, docIds
 * in input order. A docId given twice is one source carrying both entries' outlets and
 * authors.
 */
export function independentGroups(sources: readonly SourceIdentity[]): string[][] {
  return groupSources(sources.map((source) => ({ docId: source.docId, keys: linkKeys(source) })))
}

/** How many independent sources the documents are; a document with no identity stands alone. */
export function countIndependent(
  docIds: Iterable<string>,
  identities: ReadonlyMap<string, SourceIdentity>,
): number {
  return groupSources(
    [...new Set(docIds)].map((docId) => {
      const identity = identities.get(docId)
      return { docId, keys: identity ? linkKeys(identity) : [] }
    }),
  ).length
}

/**
 * countIndependent for many sets of documents over one corpus: link keys are worked out
 * once per document and answers remembered per set, since a small corpus gives many
 * claims the same few sets of sources.
 */
export function createIndependenceCounter(
  identities: ReadonlyMap<string, SourceIdentity>,
): (docIds: readonly string[]) => number {
  const keysOf = new Map<string, readonly string[]>()
  const answers = new Map<string, number>()
  const keysFor = (docId: string): readonly string[] => {
    let keys = keysOf.get(docId)
    if (keys === undefined) {
      const identity = identities.get(docId)
      keys = identity ? linkKeys(identity) : []
      keysOf.set(docId, keys)
    }
    return keys
  }
  return (docIds) => {
    if (docIds.length <= 1) return docIds.length
    const unique = [...new Set(docIds)]
    if (unique.length <= 1) return unique.length
    // The number of groups does not depend on order, so a sorted set is a safe cache key.
    const cacheKey = unique.sort().join('\u0000')
    let answer = answers.get(cacheKey)
    if (answer === undefined) {
      answer = groupSources(unique.map((docId) => ({ docId, keys: keysFor(docId) }))).length
      answers.set(cacheKey, answer)
    }
    return answer
  }
}
