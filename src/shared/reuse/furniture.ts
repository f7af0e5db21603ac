/**
 * Site furniture: the comment forms, share buttons, subscription blurbs and copyright lines
 * web pages print around an article. Two blogs on the same platform share them word for
 * word, and that is not reuse. The index catches furniture a corpus has many copies of (a
 * fingerprint in many documents that repeat within outlets, where a wire story spreads
 * across them: reuse-index.ts); this list catches the common kinds in a corpus too small for
 * that (two imported blog posts). Phrases that ordinary prose also uses ("posted in",
 * "like this") are left out: masking them would punch holes in real passages.
 */
import { reuseWords, type ReuseWords } from './words'

/**
 * Known furniture phrases. Matched as whole word sequences after folding, so punctuation,
 * case and quote styles do not matter ("Share this:" matches "share this").
 */
export const FURNITURE_PHRASES: readonly string[] = [
  'leave a reply',
  'leave a comment',
  'cancel reply',
  'your email address will not be published',
  'required fields are marked',
  'comment name email website',
  'save my name email and website in this browser for the next time i comment',
  'notify me of follow-up comments by email',
  'notify me of new posts by email',
  'post comment',
  'this site uses akismet to reduce spam',
  'learn how your comment data is processed',
  'share this',
  'click to share on twitter',
  'click to share on facebook',
  'click to share on linkedin',
  'click to share on whatsapp',
  'click to share on telegram',
  'click to share on reddit',
  'click to share on pinterest',
  'click to share on tumblr',
  'click to email a link to a friend',
  'click to print',
  'opens in new window',
  'like loading',
  'related posts',
  'you may also like',
  'read more',
  'continue reading',
  'subscribe to our newsletter',
  'sign up for our newsletter',
  'sign up to our newsletter',
  'get the latest news delivered to your inbox',
  'enter your email address to subscribe',
  'to subscribe to this blog and receive notifications of new posts by email',
  'follow us on twitter',
  'follow us on facebook',
  'all rights reserved',
  'copyright',
  'advertisement',
  'skip to content',
  'we use cookies',
]

let table: Map<number, Uint32Array[]> | null = null

/** The phrases' word hashes by their first word's hash, built once. */
function phrasesByFirstWord(): Map<number, Uint32Array[]> {
  if (table) return table
  table = new Map()
  for (const phrase of FURNITURE_PHRASES) {
    const words = reuseWords(phrase).hashes
    const first = words[0]
    if (first === undefined) continue
    const list = table.get(first) ?? []
    list.push(words)
    table.set(first, list)
  }
  return table
}

/**
 * One flag per word of `words`: 1 where the word is part of an occurrence of a known
 * furniture phrase. Flagged words never align in a shared passage, so furniture beside a
 * real shared passage is left out of it and furniture alone yields none.
 */
export function furnitureMask(words: ReuseWords): Uint8Array {
  const mask = new Uint8Array(words.length)
  const byFirst = phrasesByFirstWord()
  for (let p = 0; p < words.length; p++) {
    const phrases = byFirst.get(words.hashes[p] as number)
    if (!phrases) continue
    for (const phrase of phrases) {
      if (p + phrase.length > words.length) continue
      let k = 1
      while (k < phrase.length && words.hashes[p + k] === phrase[k]) k++
      if (k === phrase.length) mask.fill(1, p, p + phrase.length)
    }
  }
  return mask
}
