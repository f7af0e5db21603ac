/**
 * The sources of an annotation file that no library document matched, each with "Which
 * document is this?": choosing one plans the import again with that document.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import { compareText } from '@shared/sorting/text-order'
import type { UnmatchedSource } from '@shared/import/web-annotation-import'
import { useId, useMemo } from 'react'
import { sourceName } from './annotation-import-wording'

interface UnmatchedSourceChoicesProps {
  sources: readonly (UnmatchedSource & { source: string })[]
  /** The analyst's choices: source → document id. */
  chosen: Readonly<Record<string, string>>
  documents: readonly DocumentSummary[]
  disabled: boolean
  onChoose: (source: string, docId: string) => void
}

export function UnmatchedSourceChoices(props: UnmatchedSourceChoicesProps) {
  const { sources, chosen, documents, disabled, onChoose } = props
  const id = useId()
  const options = useMemo(
    () =>
      documents
        .map((doc) => ({ id: doc.meta.id, title: doc.meta.title }))
        .sort((a, b) => compareText(a.title, b.title)),
    [documents],
  )
  if (sources.length === 0) return null
  return (
    <section className="ai-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {sources.length === 1 ? 'A source not in the library' : 'Sources not in the library'}
      </h3>
      <p className="ai-hint">
        No document matched {sources.length === 1 ? 'this address' : 'these addresses'}. If one is a
        document you have, say which, and its annotations are placed on it.
      </p>
      <ul className="ai-sources">
        {sources.map((source, i) => (
          <li key={source.source} className="ai-source">
            <span className="ai-source-name" id={`${id}-${i}`}>
              {sourceName(source)}
              <span className="ai-source-count">
                {' '}
                · {source.annotations} {source.annotations === 1 ? 'annotation' : 'annotations'}
              </span>
            </span>
            <label className="field">
              <span className="field-label">Which document is this?</span>
              <select
                value={chosen[source.source] ?? ''}
                disabled={disabled}
                aria-describedby={`${id}-${i}`}
                onChange={(e) => onChoose(source.source, e.currentTarget.value)}
              >
                <option value="">Leave out</option>
                {options.map((doc) => (
                  <option key={doc.id} value={doc.id}>
                    {doc.title}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </section>
  )
}
