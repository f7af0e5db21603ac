/**
 * The metadata sheet an analyst confirms before an imported document is added: the
 * fields as typed (prefilled from what the file says), their problems in plain words,
 * and the DocumentMeta they become. Nothing is added until every problem is answered.
 */
import {
  statedGenre,
  UNSPECIFIED_GENRE,
  type DocumentMeta,
  type ImportOrigin,
  type PublishedDate,
} from '../corpus/document-model'
import { formatPartialDate } from '../dates/partial-date'
import { parseDateInput } from '../dates/parse-date-input'
import type { MetadataHints } from './extracted'
import { titleFromFileName } from './file-name-title'

export { titleFromFileName }

/** The sheet's fields, as the analyst sees and types them. */
export interface MetadataDraft {
  title: string
  /** One author per line, or separated by semicolons. */
  authors: string
  outlet: string
  /** A partial date as typed: "18 Jan 2024", "Jan 2024", "2024", "c. 2023". */
  published: string
  genre: string
  sourceUrl: string
}

export type DraftField = keyof MetadataDraft

/** What is wrong with each field that is wrong; empty when the draft can be added. */
export type DraftProblems = Partial<Record<DraftField, string>>

/** The genres offered first; the analyst may type any other. */
export const SUGGESTED_GENRES = [
  'news',
  'news analysis',
  'analysis',
  'op-ed',
  'report',
  'academic article',
  'official statement',
  'transcript',
  'blog post',
] as const

const MAX_TITLE = 500

/** The sheet as it first opens: whatever the file says, the file name as the title. */
export function draftFromHints(hints: MetadataHints, fileName: string): MetadataDraft {
  return {
    title: hints.title?.trim() || titleFromFileName(fileName),
    authors: hints.authors.join('\n'),
    outlet: hints.outlet ?? '',
    published: hints.published ? formatPartialDate(hints.published) : '',
    genre: hints.genre ?? '',
    sourceUrl: hints.sourceUrl ?? '',
  }
}

/** The sheet for editing a document already in the library: its metadata as typed. */
export function draftFromMeta(meta: DocumentMeta): MetadataDraft {
  return {
    title: meta.title,
    authors: meta.authors.join('\n'),
    outlet: meta.outlet ?? '',
    published: meta.published ? formatPartialDate(meta.published) : '',
    genre: statedGenre(meta) ?? '',
    sourceUrl: meta.sourceUrl ?? '',
  }
}

/** Splits the authors field: one per line or per semicolon, blanks and repeats dropped. */
export function authorList(field: string): string[] {
  const names = field
    .split(/[\n;]+/)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name.length > 0)
  return [...new Set(names)]
}

type Published =
  { ok: true; date: Omit<PublishedDate, 'basis' | 'note'> | null } | { ok: false; problem: string }

function readPublished(field: string): Published {
  const typed = field.trim()
  if (!typed) return { ok: true, date: null }
  const parsed = parseDateInput(typed)
  if (!parsed.ok) return parsed
  if (parsed.date.kind !== 'point') {
    return {
      ok: false,
      problem: 'A publication date is one day, month or year, not a range.',
    }
  }
  return { ok: true, date: parsed.date.date }
}

/** A web address the analyst can follow: http(s) only, so no script can hide in it. */
function urlProblem(field: string): string | null {
  const typed = field.trim()
  if (!typed) return null
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(typed)?.[1]?.toLowerCase()
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return 'Only http:// and https:// addresses are kept.'
  }
  return /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(typed)
    ? null
    : 'This is not a web address. Paste one starting with https://, or leave it empty.'
}

/** Every problem with the draft, field by field. */
export function draftProblems(draft: MetadataDraft): DraftProblems {
  const problems: DraftProblems = {}
  const title = draft.title.trim()
  if (!title) problems.title = 'Give the document a title.'
  else if (title.length > MAX_TITLE)
    problems.title = `Keep the title under ${MAX_TITLE} characters.`
  const published = readPublished(draft.published)
  if (!published.ok) problems.published = published.problem
  const url = urlProblem(draft.sourceUrl)
  if (url) problems.sourceUrl = url
  return problems
}

/**
 * The document's metadata from a draft with no problems (check with draftProblems first:
 * this throws on one). The publication date is `stated`: the analyst confirmed it.
 */
export function metaFromDraft(
  draft: MetadataDraft,
  id: string,
  fileName: string,
  origin: ImportOrigin,
): DocumentMeta {
  const problems = draftProblems(draft)
  const first = Object.values(problems)[0]
  if (first) throw new Error(first)
  const published = readPublished(draft.published)
  const date = published.ok ? published.date : null
  const outlet = draft.outlet.replace(/\s+/g, ' ').trim()
  const url = draft.sourceUrl.trim()
  return {
    id,
    title: draft.title.replace(/\s+/g, ' ').trim(),
    authors: authorList(draft.authors),
    outlet: outlet || null,
    published: date && {
      ...date,
      basis: 'stated',
      note: `Confirmed when ${fileName} was imported.`,
    },
    genre: draft.genre.replace(/\s+/g, ' ').trim() || UNSPECIFIED_GENRE,
    raw: fileName,
    authorNote: null,
    sourceUrl: url || null,
    imported: origin,
  }
}
