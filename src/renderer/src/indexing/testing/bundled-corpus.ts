/** The bundled corpus (resources/corpus), parsed, for the search worker's tests. */
import type { DocumentModel } from '@shared/corpus/document-model'
import { parseCuratedDocument } from '@shared/corpus/parse-document'
import rivals from '../../../../../resources/corpus/from-rivals-to-partners-pakistan-and-irans-diplomatic.md?raw'
import newEra from '../../../../../resources/corpus/new-era-in-pak-iran-ties-pakistans-army-chief-visit-to-iran.md?raw'
import recent from '../../../../../resources/corpus/pak-iran-relations-amid-recent-developments-implications.md?raw'
import wayForward from '../../../../../resources/corpus/pakistan-and-iran-the-way-forward.md?raw'
import stability from '../../../../../resources/corpus/pakistan-iran-relations-seeking-stability.md?raw'

const FILES: Record<string, string> = {
  'from-rivals-to-partners-pakistan-and-irans-diplomatic.md': rivals,
  'new-era-in-pak-iran-ties-pakistans-army-chief-visit-to-iran.md': newEra,
  'pak-iran-relations-amid-recent-developments-implications.md': recent,
  'pakistan-and-iran-the-way-forward.md': wayForward,
  'pakistan-iran-relations-seeking-stability.md': stability,
}

/** Every bundled document, as the host serves it. */
export function bundledCorpus(): DocumentModel[] {
  return Object.entries(FILES).map(([name, source]) => parseCuratedDocument(source, name))
}
