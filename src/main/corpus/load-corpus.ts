/**
 * Loads the bundled corpus (one curated Markdown file per source) into memory at
 * start-up, through the same shared parser the web host uses at build time.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DocumentModel, DocumentSummary } from '../../shared/corpus/document-model'
import { parseCuratedDocument, summarizeDocument } from '../../shared/corpus/parse-document'

/** A file that was left out of the library, and why. */
export interface SkippedFile {
  file: string
  reason: string
}

/** The loaded library: read-only, built once at start-up. */
export interface CorpusIndex {
  /** Summaries of every loaded document, ordered by file name. A fresh array each call. */
  list(): DocumentSummary[]
  /** The document with that id, or undefined. */
  get(id: string): DocumentModel | undefined
  /** How many documents loaded. */
  readonly size: number
  /** Files that were not loaded, in file-name order. */
  readonly skipped: readonly SkippedFile[]
}

/** Where problems are reported: one line each. */
export type CorpusLog = (line: string) => void

/**
 * Parses every `*.md` in `dir` except README.md (the curator's notes), in file-name
 * order. A file that cannot be read or parsed is skipped and reported with one line
 * naming the file and the field at fault (the CorpusFormatError message); a file whose
 * id an earlier file already has is skipped the same way. A missing folder gives an
 * empty library with one line saying so. Never throws for a bad file: one broken source
 * must not keep the analyst out of the others.
 */
export function loadCorpus(dir: string, log: CorpusLog = console.warn): CorpusIndex {
  const skipped: SkippedFile[] = []
  const byId = new Map<string, { doc: DocumentModel; summary: DocumentSummary; file: string }>()

  let names: string[]
  try {
    names = readdirSync(dir)
  } catch (error) {
    log(
      `[corpus] could not read the corpus folder ${dir} (${describe(error)}); the library is empty`,
    )
    names = []
  }

  for (const file of names.filter(isCorpusFile).sort()) {
    const skip = (reason: string) => {
      skipped.push({ file, reason })
      log(`[corpus] skipped ${reason}`)
    }
    let doc: DocumentModel
    try {
      doc = parseCuratedDocument(readFileSync(join(dir, file), 'utf8'), file)
    } catch (error) {
      // CorpusFormatError messages already read "file: field: problem".
      const message = describe(error)
      skip(message.startsWith(`${file}:`) ? message : `${file}: ${message}`)
      continue
    }
    const earlier = byId.get(doc.meta.id)
    if (earlier) {
      skip(`${file}: id: "${doc.meta.id}" is already used by ${earlier.file}`)
      continue
    }
    byId.set(doc.meta.id, { doc, summary: summarizeDocument(doc), file })
  }

  const summaries = [...byId.values()].map((entry) => entry.summary)
  return {
    list: () => summaries.slice(),
    get: (id) => byId.get(id)?.doc,
    size: byId.size,
    skipped,
  }
}

function isCorpusFile(name: string): boolean {
  return name.endsWith('.md') && name !== 'README.md'
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
