/**
 * Reads the bundled corpus from disk through the shared parser. Used at build time by
 * the web host's Vite plugin; the Electron main process has its own loader in src/main.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DocumentModel } from '../src/shared/corpus/document-model'
import { parseCuratedDocument } from '../src/shared/corpus/parse-document'

/** Parses every `*.md` in `dir` except README.md, sorted by file name. */
export function loadCorpusDir(dir: string): DocumentModel[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => parseCuratedDocument(readFileSync(join(dir, name), 'utf8'), name))
}
