/** Finds the curated names of ./gazetteer.ts in a text, by the key rule of ./entity-key.ts. */
import type { EntityKind } from './entity-kind'
import { foldWords } from './entity-key'
import { GAZETTEER, type GazetteerEntry } from './gazetteer'

/** A curated name found in a text: its entry's kind (null: suppress) and range. */
export interface GazetteerMatch {
  kind: EntityKind | null
  start: number
  end: number
}

interface Word {
  start: number
  end: number
}

interface GazetteerForm {
  entry: GazetteerEntry
  /** Letters must be upper case as written ("ISPR" is not "Ispr", "US" is not "us"). */
  acronym: boolean
}

let gazetteerIndex: { forms: Map<string, GazetteerForm>; maxWords: number } | null = null

function gazetteer() {
  if (gazetteerIndex) return gazetteerIndex
  const forms = new Map<string, GazetteerForm>()
  let maxWords = 1
  for (const entry of GAZETTEER) {
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      const words = foldWords(form)
      maxWords = Math.max(maxWords, form.split(/[\s\-‐‑]+/).length)
      const acronym = /^[A-Z.]+$/.test(form) && words.join('').length <= 6
      forms.set(words.join(''), { entry, acronym })
    }
  }
  gazetteerIndex = { forms, maxWords }
  return gazetteerIndex
}

/** A run of letters or digits; names join runs across {@link NAME_GAP}. */
const WORD = /[\p{L}\p{N}]+/gu
/** What may stand between two words of one name. */
const NAME_GAP = /^(?: |[-‐‑]|['’]|\.|\. )$/

/**
 * The curated names in a text, as half-open ranges: at each capitalised word, the longest run
 * of words (joined by a space, a hyphen, an apostrophe or a dot) whose folded key is a
 * gazetteer name's or alias's, so every spelling the key rule groups is found ("Baluchistan"
 * for "Balochistan", "Amirabdollahian" for "Amir-Abdollahian"). Acronyms must be in capitals.
 * Entries of kind null come back too, so the caller can suppress what they cover.
 */
export function gazetteerMatches(text: string): GazetteerMatch[] {
  const { forms, maxWords } = gazetteer()
  const words: Word[] = []
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length })
  const found: GazetteerMatch[] = []
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!
    if (!/^\p{Lu}/u.test(text.slice(first.start, first.end))) continue
    for (let n = Math.min(maxWords + 1, words.length - i); n >= 1; n--) {
      const last = words[i + n - 1]!
      if (!joinable(text, words, i, n)) continue
      const surface = text.slice(first.start, last.end)
      const form = forms.get(foldWords(surface).join(''))
      if (!form) continue
      if (form.acronym && !isUpperAcronym(surface)) continue
      // "U.S." keeps its last dot.
      const end = surface.includes('.') && text[last.end] === '.' ? last.end + 1 : last.end
      found.push({ kind: form.entry.kind, start: first.start, end })
      i += n - 1
      break
    }
  }
  return found
}

function isUpperAcronym(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '')
  return letters === letters.toUpperCase()
}

function joinable(text: string, words: Word[], i: number, n: number): boolean {
  for (let j = i + 1; j < i + n; j++) {
    if (!NAME_GAP.test(text.slice(words[j - 1]!.end, words[j]!.start))) return false
  }
  // A possessive "s" is never a word of a name ("Iran's" is Iran).
  const last = words[i + n - 1]!
  return !(
    n > 1 &&
    text.slice(last.start, last.end) === 's' &&
    /['’]$/.test(text.slice(0, last.start))
  )
}
