/** A source's metadata, honest about what is unknown or inferred. */
import { describeOutlet, describePublished } from '@shared/corpus/describe-meta'
import { statedGenre, type DocumentModel } from '@shared/corpus/document-model'
import { countWords } from '@shared/text/count-words'
import { memo } from 'react'
import { DocumentActions } from '../import/DocumentActions'

/** Memoised: counting the words of a long source is not free, and the header never changes. */
export const DocumentHeader = memo(function DocumentHeader({ doc }: { doc: DocumentModel }) {
  const { meta } = doc
  const paragraphs = doc.blocks.filter((block) => block.para !== null).length
  const words = countWords(doc.text)
  return (
    <header className="document-header">
      <div className="document-header-top">
        <p className="document-genre">
          {statedGenre(meta)}
          {meta.imported && <span className="imported-badge">Imported</span>}
        </p>
        <DocumentActions doc={doc} />
      </div>
      <h1 className="document-title">{meta.title}</h1>
      <p className="document-authors">
        {meta.authors.length > 0 ? (
          meta.authors.join('; ')
        ) : (
          <span className="unknown">author not stated</span>
        )}
      </p>
      {meta.authorNote && <p className="document-author-note">{meta.authorNote}</p>}
      <dl className="document-facts">
        <div>
          <dt>Outlet</dt>
          <dd className={meta.outlet ? undefined : 'unknown'}>{describeOutlet(meta.outlet)}</dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>
            {words.toLocaleString('en')} words · {paragraphs} ¶
          </dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd className={meta.published?.basis === 'stated' ? undefined : 'unknown'}>
            {describePublished(meta.published)}
            {meta.published && <span className="document-date-note">{meta.published.note}</span>}
          </dd>
        </div>
      </dl>
    </header>
  )
})
