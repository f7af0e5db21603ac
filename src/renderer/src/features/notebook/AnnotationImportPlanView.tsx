/**
 * What an annotation import would do, before anything is written: how many highlights go
 * to which documents, how many are there already, the sources to name, and every
 * annotation that cannot be placed with the reason.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import type { SkippedAnnotation } from '@shared/import/web-annotation-import'
import { useId, useMemo } from 'react'
import { additionSentence, duplicateSentence } from './annotation-import-wording'
import { UnmatchedSourceChoices } from './UnmatchedSourceChoices'
import type { AnnotationImportState } from './useAnnotationImport'

interface AnnotationImportPlanViewProps {
  state: Extract<AnnotationImportState, { step: 'planned' }>
  documents: readonly DocumentSummary[]
  onChoose: (source: string, docId: string) => void
}

export function AnnotationImportPlanView({
  state,
  documents,
  onChoose,
}: AnnotationImportPlanViewProps) {
  const { plan } = state
  const titles = useMemo(
    () => new Map(documents.map((doc) => [doc.meta.id, doc.meta.title])),
    [documents],
  )
  const duplicates = duplicateSentence(plan.duplicates.length)
  return (
    <>
      <div className="ai-summary" aria-live="polite" data-testid="annotation-import-summary">
        <p className="ai-adding">
          {additionSentence(plan, (id) => titles.get(id) ?? id)}
          {state.busy === 'planning' && <span className="ai-busy"> Checking…</span>}
        </p>
        {duplicates && <p>{duplicates}</p>}
      </div>
      <UnmatchedSourceChoices
        sources={state.choosable}
        chosen={state.sources}
        documents={documents}
        disabled={state.busy === 'adding'}
        onChoose={onChoose}
      />
      <OrphanList orphans={plan.orphans} />
    </>
  )
}

function OrphanList({ orphans }: { orphans: readonly SkippedAnnotation[] }) {
  const id = useId()
  if (orphans.length === 0) return null
  return (
    <section className="ai-section" aria-labelledby={id}>
      <h3 id={id}>
        {orphans.length === 1
          ? '1 annotation cannot be placed'
          : `${orphans.length.toLocaleString('en')} annotations cannot be placed`}
      </h3>
      <ul className="ai-orphans" aria-labelledby={id}>
        {orphans.map((orphan, i) => (
          <li key={`${orphan.index}-${i}`} className="ai-orphan">
            <span className="ai-orphan-label">{orphan.label}</span>
            <span className="ai-orphan-why">{orphan.why}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
