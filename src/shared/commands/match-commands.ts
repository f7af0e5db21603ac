/**
 * Which commands a palette query means, best first: every word of the query must begin a
 * word of the command's title or group (in any order), so "claim new", "new cl" and
 * "go tim" all find what they say; recently run commands lead among equals, and an empty
 * query lists the recent ones first, then the rest in their own order.
 */

/** What matching needs to know of a command. */
export interface MatchableCommand {
  id: string
  title: string
  group: string
}

/** Lower case, accents folded, split into words of letters and digits. */
export function commandWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * Each command's title and group words, split once per command object: the palette
 * matches on every keystroke, and with a command per source (10,000 in a large library)
 * splitting every title again cost 100-200 ms a keystroke.
 */
const wordsByCommand = new WeakMap<MatchableCommand, { title: Words; group: Words }>()

/** A text's words, and from each word on, the rest run together (for "newcl"). */
interface Words {
  words: string[]
  runs: string[]
}

function wordsIn(text: string): Words {
  const words = commandWords(text)
  return { words, runs: words.map((_, at) => words.slice(at).join('')) }
}

function wordsOf(command: MatchableCommand): { title: Words; group: Words } {
  let words = wordsByCommand.get(command)
  if (!words) {
    words = { title: wordsIn(command.title), group: wordsIn(command.group) }
    wordsByCommand.set(command, words)
  }
  return words
}

/** How well one query word fits, and at which word of the title or group it starts. */
interface WordFit {
  quality: number
  at: number
}

/**
 * How well one query word fits the command's words, or null when it does not: a whole
 * title word 8, a title word's start 6, a run of title words typed without spaces
 * ("newcl") 4; in the group, 3, 2 and 1.
 */
function wordFit(word: string, title: Words, group: Words): WordFit | null {
  const inTitle = bestIn(word, title)
  if (inTitle) return { quality: inTitle.quality * 2 + 2, at: inTitle.at }
  return bestIn(word, group)
}

function bestIn(word: string, { words, runs }: Words): WordFit | null {
  let best: WordFit | null = null
  for (let at = 0; at < words.length; at++) {
    const candidate = words[at]!
    if (candidate === word) return { quality: 3, at }
    if (candidate.startsWith(word)) {
      if (!best || best.quality < 2) best = { quality: 2, at }
    } else if (!best && word.startsWith(candidate) && runs[at]!.startsWith(word)) {
      best = { quality: 1, at }
    }
  }
  return best
}

/**
 * The commands matching `query`, best first. `recent` holds command ids, most recent
 * first: with an empty query those commands come first in that order, then the others in
 * the order given; with a query, recency breaks ties between equally good matches, then
 * matches nearer the start of the title win, then the order given. Commands that do not match every query word are left out.
 */
export function matchCommands<T extends MatchableCommand>(
  commands: readonly T[],
  query: string,
  recent: readonly string[] = [],
): T[] {
  const rank = new Map(recent.map((id, index) => [id, index]))
  const recency = (command: T) => rank.get(command.id) ?? recent.length
  const words = commandWords(query)
  if (words.length === 0) {
    return commands
      .map((command, index) => ({ command, index, recency: recency(command) }))
      .sort((a, b) => a.recency - b.recency || a.index - b.index)
      .map((entry) => entry.command)
  }
  const scored: { command: T; quality: number; at: number; index: number; recency: number }[] = []
  for (const [index, command] of commands.entries()) {
    const { title, group } = wordsOf(command)
    let quality = 0
    let at = 0
    for (const word of words) {
      const fit = wordFit(word, title, group)
      if (!fit) {
        quality = 0
        break
      }
      quality += fit.quality
      at += fit.at
    }
    if (quality > 0) scored.push({ command, quality, at, index, recency: recency(command) })
  }
  return scored
    .sort(
      (a, b) => b.quality - a.quality || a.recency - b.recency || a.at - b.at || a.index - b.index,
    )
    .map((entry) => entry.command)
}
