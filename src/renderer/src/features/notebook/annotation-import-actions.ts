/**
 * Importing a file of W3C Web Annotations as highlights, as the notebook runs it: read the
 * chosen file, plan the import against the library (nothing is written), then add the
 * plan's highlights in one transaction that one Ctrl+Z undoes, and say what happened.
 */
import { MAX_FILE_BYTES, megabytes } from '@shared/file-size'
import {
  documentsToLoad,
  planAnnotationImport,
  readAnnotationFile,
  type AnnotationFileReading,
  type AnnotationImportPlan,
  type DocumentForImport,
  type ParsedAnnotation,
  type SourceMeta,
} from '@shared/import/web-annotation-import'
import {
  applyAnnotationImport,
  highlightsOfDocuments,
  type AnnotationImportResult,
} from '../../db/annotation-import'
import type { CasefileDatabase } from '../../db/database'
import { announce } from '../../ui/status'
import { runMaking } from '../run-write'
import { doneMessage } from './annotation-import-wording'

/** What the file chooser offers: JSON and JSON-LD files. */
export const ANNOTATION_FILE_ACCEPT = '.json,.jsonld,application/json,application/ld+json'

/** The part of a File the import reads (a File in both hosts; a stand-in in tests). */
export type ChosenFile = Pick<File, 'name' | 'size' | 'text'>

/**
 * The chosen file read as annotations, or why it is refused, naming the file. A file over
 * the app's one cap is refused from its size without being read; one the browser cannot
 * read (moved, deleted) is refused on its own; the rest is readAnnotationFile's.
 */
export async function readChosenFile(file: ChosenFile): Promise<AnnotationFileReading> {
  const fileName = file.name
  if (file.size > MAX_FILE_BYTES) {
    const problem = `“${fileName}” is ${megabytes(file.size)}, more than the ${megabytes(MAX_FILE_BYTES)} Casefile reads at once. Export fewer annotations per file.`
    return { ok: false, fileName, problem }
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    const problem = `“${fileName}” could not be read: it may have been moved or deleted. Choose it again.`
    return { ok: false, fileName, problem }
  }
  return readAnnotationFile(fileName, text)
}

/** The library as planning needs it. */
export interface ImportLibrary {
  database: CasefileDatabase
  /**
   * Every document of the library (bundled and imported), once the list is read: a plan
   * made against a list still loading would call every annotation unmatched.
   */
  metas: () => Promise<readonly SourceMeta[]>
  /** Loads one document's text (the documents service's `load`). */
  load: (id: string) => Promise<DocumentForImport>
}

/**
 * What importing `annotations` would do, with `sources` the analyst's choices (source as
 * the file names it → document id). Only the texts of the documents the file names are
 * loaded; one that fails to load is left out of the plan, so its annotations are listed
 * as unmatched (and the analyst may choose another) rather than failing the whole import.
 */
export async function planFromLibrary(
  annotations: readonly ParsedAnnotation[],
  library: ImportLibrary,
  sources: Readonly<Record<string, string>> = {},
): Promise<AnnotationImportPlan> {
  const metas = await library.metas()
  const ids = documentsToLoad(annotations, metas, { sources })
  const loaded = await Promise.allSettled(ids.map((id) => library.load(id)))
  const failed = new Set(ids.filter((_, i) => loaded[i]!.status === 'rejected'))
  const texts = new Map(
    loaded
      .flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
      .map((doc) => [doc.meta.id, doc] as const),
  )
  // Every other document stays in, without its text, so that an address or title two
  // documents share is ambiguous in the plan as it was when choosing what to load; no
  // target matches one of them (documentsToLoad would have named it).
  const documents = metas
    .filter((meta) => !failed.has(meta.id))
    .map((meta) => texts.get(meta.id) ?? { meta, rev: '', text: '' })
  const existing = await highlightsOfDocuments(library.database, ids)
  return planAnnotationImport(annotations, documents, existing, { sources })
}

/**
 * Adds the plan's highlights as one undo step and says how many were added (and how many
 * were left out because their passage was highlighted, or their imported document deleted,
 * since the plan was made). `imported` names the plan's documents that were imported.
 * Resolves to what was written, or undefined when the write failed (and that has been said).
 */
export async function addPlannedHighlights(
  database: CasefileDatabase,
  plan: Pick<AnnotationImportPlan, 'highlights'>,
  fileName: string,
  imported: ReadonlySet<string> = new Set(),
): Promise<AnnotationImportResult | undefined> {
  const made = await runMaking(() => applyAnnotationImport(database, plan, { imported }), {
    done: ({ added, skipped, gone }) =>
      doneMessage(fileName, added.length, skipped.length, gone.length),
    failed: `The highlights from “${fileName}” could not be added. Nothing was changed.`,
  })
  if (made && made.changeSet === null) {
    announce(
      made.gone.length > 0
        ? `Nothing was added from “${fileName}”: its documents were deleted or those passages highlighted meanwhile.`
        : `Nothing was added from “${fileName}”: those passages were highlighted meanwhile.`,
    )
  }
  return made ?? undefined
}
