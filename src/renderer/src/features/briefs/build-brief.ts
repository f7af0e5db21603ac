/**
 * A brief's Markdown from the current workspace, and the two ways it leaves the app: a
 * file (the host's Save dialog, or a download on the web) and the clipboard.
 */
import type { CasefileApi } from '@shared/api'
import { briefMarkdown } from '@shared/brief/brief-markdown'
import { briefFileName, type BriefSpec } from '@shared/brief/brief-spec'
import type { DocumentMeta, DocumentModel } from '@shared/corpus/document-model'
import { loadDocument } from '../../app/document-cache'
import { db } from '../../db'
import { readWorkspaceSnapshot, type WorkspaceSnapshot } from '../../db/workspace-snapshot'
import { announce, announceError } from '../../ui/status'
import { saveExport } from '../exports/save-export'
import { toBriefWorkspace } from './brief-workspace'

export const TOOL_NAME = 'Casefile'

/** The models of every source a highlight is on (sources that fail to load are left out). */
export async function loadModelsFor(
  host: CasefileApi,
  snapshot: WorkspaceSnapshot,
): Promise<Map<string, DocumentModel>> {
  const ids = [...new Set(snapshot.highlights.map((h) => h.docId))]
  const loaded = await Promise.allSettled(ids.map((id) => loadDocument(host, id)))
  const models = new Map<string, DocumentModel>()
  loaded.forEach((result, i) => {
    if (result.status === 'fulfilled') models.set(ids[i]!, result.value)
  })
  return models
}

export function renderBrief(
  spec: BriefSpec,
  snapshot: WorkspaceSnapshot,
  documents: readonly DocumentMeta[],
  models: ReadonlyMap<string, DocumentModel>,
  at: Date,
): string {
  return briefMarkdown(spec, toBriefWorkspace(snapshot, documents, models), {
    exportedAt: at,
    toolName: TOOL_NAME,
    toolVersion: __APP_VERSION__,
  })
}

/** The brief as it stands in the database right now (not as the preview last drew it). */
export async function freshBriefMarkdown(
  host: CasefileApi,
  spec: BriefSpec,
  documents: readonly DocumentMeta[],
  at = new Date(),
): Promise<string> {
  const snapshot = await readWorkspaceSnapshot(db)
  return renderBrief(spec, snapshot, documents, await loadModelsFor(host, snapshot), at)
}

export async function exportBrief(
  host: CasefileApi,
  spec: BriefSpec,
  documents: readonly DocumentMeta[],
): Promise<void> {
  const at = new Date()
  await saveExport(
    host,
    () => freshBriefMarkdown(host, spec, documents, at),
    { suggestedName: briefFileName(spec.title, at), format: 'markdown' },
    'The brief',
  )
}

export async function copyBriefMarkdown(
  host: CasefileApi,
  spec: BriefSpec,
  documents: readonly DocumentMeta[],
): Promise<void> {
  let content: string
  try {
    content = await freshBriefMarkdown(host, spec, documents)
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
