/** What deleting a document takes with it, in words, said before anything is deleted. */
import type { DocumentLinks } from '../../db/documents'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function deleteConsequences(title: string, links: DocumentLinks): string[] {
  const lines = [`“${title}” leaves the library.`]
  if (links.highlights > 0) {
    lines.push(
      `Its ${count(links.highlights, 'highlight', 'highlights')} and their notes are deleted.`,
    )
  }
  if (links.evidence > 0) {
    lines.push(
      `${count(links.claims, 'claim loses', 'claims lose')} ${count(links.evidence, 'evidence link', 'evidence links')}; ${links.claims === 1 ? 'the claim itself stays' : 'the claims themselves stay'}.`,
    )
  }
  if (links.events > 0) {
    lines.push(
      `${count(links.events, 'timeline event loses', 'timeline events lose')} this source; ${links.events === 1 ? 'the event stays' : 'the events stay'}.`,
    )
  }
  if (lines.length === 1) lines.push('Nothing else rests on it.')
  lines.push('You can undo this with Ctrl+Z.')
  return lines
}
