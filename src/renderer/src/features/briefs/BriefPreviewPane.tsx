/**
 * The brief as it will be written: the exact Markdown, rendered (or as source), with the
 * ways out: Export (Save dialog or download) and Copy as Markdown.
 */
import type { BriefSpec } from '@shared/brief/brief-spec'
import type { DocumentMeta } from '@shared/corpus/document-model'
import { useDeferredValue, useMemo, useState } from 'react'
import { useDocumentModels } from '../../app/document-cache'
import { useHost } from '../../app/host-context'
import type { WorkspaceSnapshot } from '../../db/workspace-snapshot'
import { copyBriefMarkdown, exportBrief, renderBrief } from './build-brief'
import { MarkdownPreview } from './MarkdownPreview'

interface BriefPreviewPaneProps {
  spec: BriefSpec
  snapshot: WorkspaceSnapshot | undefined
  documents: readonly DocumentMeta[]
}

export function BriefPreviewPane({ spec, snapshot, documents }: BriefPreviewPaneProps) {
  const host = useHost()
  const [mode, setMode] = useState<'rendered' | 'source'>('rendered')
  const [busy, setBusy] = useState(false)
  const docIds = useMemo(() => snapshot?.highlights.map((h) => h.docId) ?? [], [snapshot])
  const models = useDocumentModels(host, docIds)
  // Typing in the composer stays fluent: the preview of a long brief catches up after.
  const deferredSpec = useDeferredValue(spec)
  const day = new Date().toISOString().slice(0, 10)
  const markdown = useMemo(
    () =>
      snapshot
        ? renderBrief(deferredSpec, snapshot, documents, models, new Date(`${day}T12:00:00Z`))
        : null,
    [deferredSpec, snapshot, documents, models, day],
  )
  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="bf-preview" aria-labelledby="bf-preview-heading">
      <div className="bf-preview-head">
        <h2 id="bf-preview-heading">Preview</h2>
        <div className="segmented" role="group" aria-label="Show preview as">
          {(['rendered', 'source'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className="button-quiet"
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
            >
              {m === 'rendered' ? 'Rendered' : 'Markdown'}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button-quiet"
          disabled={busy || !markdown}
          onClick={() => void run(() => copyBriefMarkdown(host, spec, documents))}
        >
          Copy as Markdown
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !markdown}
          onClick={() => void run(() => exportBrief(host, spec, documents))}
        >
          Export Markdown…
        </button>
      </div>
      <div
        className="bf-preview-body"
        tabIndex={0}
        aria-label="Brief preview"
        aria-busy={!markdown}
      >
        {!markdown ? (
          <p className="panel-hint">Reading the workspace…</p>
        ) : mode === 'rendered' ? (
          <MarkdownPreview markdown={markdown} idPrefix="brief" showFrontMatter />
        ) : (
          <pre className="bf-source">{markdown}</pre>
        )}
      </div>
    </section>
  )
}
