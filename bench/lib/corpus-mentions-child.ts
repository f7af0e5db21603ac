/**
 * One child process of corpus-mentions.ts: finds the names in articles `from` (included) to
 * `to` (excluded) of the generated corpus, as the entity worker would in the documents the
 * app stores for them, and sends them to its parent.
 *
 *   (forked by corpus-mentions.ts) corpus-mentions-child.ts <from> <to>
 */
import { generateArticle } from '../../scripts/generate-corpus'
import { extractEntities } from '../../src/shared/entities/extract-entities'
import type { MentionsSlice } from './corpus-mentions'
import { importedDocument } from './imported-documents'

const [from, to] = process.argv.slice(2).map(Number) as [number, number]
const list: MentionsSlice['list'] = []
for (let i = from; i < to; i++) {
  const doc = importedDocument(generateArticle(i))
  list.push(extractEntities({ blocks: doc.blocks, text: doc.text }))
}
const slice: MentionsSlice = { from, list }
process.send!(slice, () => process.exit(0))
