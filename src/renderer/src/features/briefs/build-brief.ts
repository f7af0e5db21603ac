/**
 * A brief's Markdown from the current workspace, and the two ways it leaves the app: a
 * file (the host's Save dialog, or a download on the web) and the clipboard.
 */
import type { CasefileApi } from '@shared/api'
import { briefMarkdown } from '@shared/brief/brief-markdown'
import { briefFileName, type BriefSpec } from '@shared/brief/brief-spec'
import type { ClaimReuse } from '@shared/claims/reuse-counting'
import type { DocumentMeta, DocumentModel } from '@shared/corpus/document-model'
import { APP_IDENTITY } from '../../host/app-identity'
import type { WorkspaceSnapshot } from '../../db/workspace-snapshot'
import { announce, announceError } from '../../ui/status'
import { saveExport } from '../../host/exports/save-export'
import { toBriefWorkspace } from './brief-workspace'

export function renderBrief(
  spec: BriefSpec,
  snapshot: WorkspaceSnapshot,
  documents: readonly DocumentMeta[],
  models: ReadonlyMap<string, DocumentModel>,
  at: Date,
  reuse: ClaimReuse | null = null,
): string {
  return briefMarkdown(spec, toBriefWorkspace(snapshot, documents, models, reuse), {
    exportedAt: at,
    toolName: APP_IDENTITY.name,
    toolVersion: APP_IDENTITY.version,
  })
}

/**
 * What a brief is built from: the workspace as the Briefs view holds it, a live query
 * kept current on every change, with the sources' models for ¶ numbers. Nothing in the
 * Briefs view writes to those tables, so it is what the database holds when the analyst
 * clicks; reading it all again would cost more than building the brief.
 */
export interface BriefSource {
  snapshot: WorkspaceSnapshot
  documents: readonly DocumentMeta[]
  models: ReadonlyMap<string, DocumentModel>
  /** Text reuse and the analyst's verdicts, so passages repeating one another count once. */
  reuse?: ClaimReuse | null
}

function build(spec: BriefSpec, source: BriefSource, at: Date): string {
  return renderBrief(spec, source.snapshot, source.documents, source.models, at, source.reuse)
}

export async function exportBrief(
  host: CasefileApi,
  spec: BriefSpec,
  source: BriefSource,
): Promise<void> {
  const at = new Date()
  await saveExport(
    host,
    () => build(spec, source, at),
    { suggestedName: briefFileName(spec.title, at), format: 'markdown' },
    'The brief',
  )
}

export async function copyBriefMarkdown(spec: BriefSpec, source: BriefSource): Promise<void> {
  let content: string
  try {
    content = build(spec, source, new Date())
  } catch (error) {
    announceError(error, 'The brief could not be built.')
    return
  }
  try {
    await navigator.clipboard.writeText(content)
    announce('Brief copied as Markdown.')
  } catch {
    announce('The clipboard is not available here; use Export instead.', 'error')
  }
}
