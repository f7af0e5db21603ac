/**
 * The brief as it will be written: the exact Markdown, rendered (or as source), with the
 * ways out: Export (Save dialog or download) and Copy as Markdown.
 */
import type { BriefSpec } from '@shared/brief/brief-spec'
import { onCommandRequest } from '@shared/commands/command-requests'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useHost } from '../../host/host-context'
import { useDocumentLoads, useDocumentSummaries } from '../../host/useDocuments'
import type { WorkspaceSnapshot } from '../../db/workspace-snapshot'
import { SegmentedToggle } from '../../ui/SegmentedToggle'
import { useReuseOverrides } from '../../host/useReuseOverrides'
import { useClaimReuse } from '../../host/useClaimReuse'
import { copyBriefMarkdown, exportBrief, renderBrief } from './build-brief'
import { MarkdownPreview } from './MarkdownPreview'
import { previewExcerpt } from './preview-excerpt'

const PREVIEW_MODES = [
  { value: 'rendered', label: 'Rendered' },
  { value: 'source', label: 'Markdown' },
] as const

/** With more highlights than this a brief can take tens of ms to build: wait for a pause. */
const LARGE_WORKSPACE = 2_000
const NO_EVIDENCE: WorkspaceSnapshot['evidence'] = []
const PAUSE_MS = 400

/** `value`, or with a delay its latest value once it has stopped changing for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (delay === 0) return
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return delay === 0 ? value : settled
}

function formatSize(chars: number): string {
  return chars >= 1_000_000
    ? `${(chars / 1_000_000).toFixed(1)} million characters`
    : `${Math.round(chars / 1000).toLocaleString('en')} thousand characters`
}

interface BriefPreviewPaneProps {
  spec: BriefSpec
  snapshot: WorkspaceSnapshot | undefined
}

export function BriefPreviewPane({ spec, snapshot }: BriefPreviewPaneProps) {
  const host = useHost()
  const summaries = useDocumentSummaries()
  const documents = useMemo(() => summaries.map((d) => d.meta), [summaries])
  const [mode, setMode] = useState<'rendered' | 'source'>('rendered')
  const [busy, setBusy] = useState(false)
  // The sources with highlights, once each: there are a handful, highlights thousands.
  const docIds = useMemo(() => [...new Set(snapshot?.highlights.map((h) => h.docId))], [snapshot])
  // Until every source with highlights has answered, citations would lack their ¶
  // numbers: the brief is built once they have (a source that cannot be loaded, say one
  // no longer in the library, is cited without them).
  const { models, settled: ready } = useDocumentLoads(docIds)
  // Typing in the composer stays fluent: in a large workspace the brief is rebuilt when
  // the typing pauses, in a small one at every key.
  const large = (snapshot?.highlights.length ?? 0) > LARGE_WORKSPACE
  const settledSpec = useSettled(spec, large ? PAUSE_MS : 0)
  // Claims count passages that repeat one another once, as the claims table does.
  const { overrides } = useReuseOverrides()
  const highlights = useMemo(() => new Map(snapshot?.highlights.map((h) => [h.id, h])), [snapshot])
  const reuse = useClaimReuse(snapshot?.evidence ?? NO_EVIDENCE, highlights, overrides)
  const day = new Date().toISOString().slice(0, 10)
  const markdown = useMemo(
    () =>
      snapshot && ready
        ? renderBrief(settledSpec, snapshot, documents, models, new Date(`${day}T12:00:00Z`), reuse)
        : null,
    [settledSpec, snapshot, ready, documents, models, day, reuse],
  )
  const excerpt = useMemo(() => (markdown ? previewExcerpt(markdown) : null), [markdown])
  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
    } finally {
      setBusy(false)
    }
  }

  const exportNow = () =>
    void run(() => exportBrief(host, spec, { snapshot: snapshot!, documents, models, reuse }))
  // The palette's "Export brief" presses Export, waiting until the brief is built.
  const exporter = useRef(exportNow)
  useEffect(() => {
    exporter.current = exportNow
  })
  const canExport = !busy && Boolean(markdown)
  useEffect(() => {
    if (canExport) return onCommandRequest('export-brief', () => exporter.current())
  }, [canExport])

  return (
    <section className="bf-preview" aria-labelledby="bf-preview-heading">
      <div className="bf-preview-head">
        <h2 id="bf-preview-heading">Preview</h2>
        <SegmentedToggle
          label="Show preview as"
          options={PREVIEW_MODES}
          value={mode}
          onChange={setMode}
        />
        <button
          type="button"
          className="button-quiet"
          disabled={busy || !markdown}
          onClick={() =>
            void run(() =>
              copyBriefMarkdown(spec, { snapshot: snapshot!, documents, models, reuse }),
            )
          }
        >
          Copy as Markdown
        </button>
        <button type="button" className="button" disabled={!canExport} onClick={exportNow}>
          Export Markdown…
        </button>
      </div>
      <div
        className="bf-preview-body"
        tabIndex={0}
        aria-label="Brief preview"
        aria-busy={!markdown}
      >
        {excerpt && excerpt.omitted > 0 && (
          <p className="bf-excerpt-note" role="note">
            The preview shows the first {formatSize(markdown!.length - excerpt.omitted)} of{' '}
            {formatSize(markdown!.length)}. Export and Copy write all of it.
          </p>
        )}
        {!excerpt ? (
          <p className="panel-hint">
            {snapshot ? 'Loading the cited sources…' : 'Reading the workspace…'}
          </p>
        ) : mode === 'rendered' ? (
          <MarkdownPreview markdown={excerpt.markdown} idPrefix="brief" showFrontMatter />
        ) : (
          <pre className="bf-source">{excerpt.markdown}</pre>
        )}
      </div>
    </section>
  )
}
