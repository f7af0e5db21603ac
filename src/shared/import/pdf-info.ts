/**
 * Metadata hints from what a PDF says about itself (its Info dictionary and XMP), read
 * with the document-hints rules: junk titles left out, authors split into people,
 * creation dates read as partial dates.
 */
import { isJunkTitle, parseInfoDate, splitAuthors } from './document-hints'
import { emptyHints, type MetadataHints } from './extracted'

/** What a PDF states about itself: Info dictionary entries and XMP properties, as text. */
export interface PdfStatedMetadata {
  info: {
    Title?: unknown
    Author?: unknown
    CreationDate?: unknown
    ModDate?: unknown
    Language?: unknown
  }
  /** XMP properties by qualified name ("dc:title", "dc:creator", "xmp:createdate"). */
  xmp: Record<string, unknown>
}

/**
 * Hints from a PDF's stated metadata: the title (Info, else XMP dc:title) unless junk,
 * authors (Info Author, else XMP dc:creator) split into people, the creation date (Info,
 * else XMP) as `published` with its words in `publishedText`, and the language when it
 * looks like a BCP 47 tag. A creation date is only a hint: the analyst confirms it.
 */
export function pdfHints(stated: PdfStatedMetadata): MetadataHints {
  const hints = emptyHints()
  const title = firstText(stated.info.Title, stated.xmp['dc:title'])
  if (title && !isJunkTitle(title)) hints.title = title.replace(/\s+/g, ' ').trim()
  const author = firstText(stated.info.Author, stated.xmp['dc:creator'])
  if (author) hints.authors = splitAuthors(author)
  for (const candidate of [
    stated.info.CreationDate,
    stated.xmp['xmp:createdate'],
    stated.info.ModDate,
  ]) {
    const text = asText(candidate)
    const date = text ? parseInfoDate(text) : null
    if (text && date) {
      hints.published = date
      hints.publishedText = text
      break
    }
  }
  const language = asText(stated.info.Language)
  if (language && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(language)) hints.language = language
  return hints
}

function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    const text = asText(value)
    if (text) return text
  }
  return null
}

function asText(value: unknown): string | null {
  if (Array.isArray(value)) return asText(value.filter((v) => typeof v === 'string').join('; '))
  if (typeof value !== 'string') return null
  const trimmed = value.replace(/\0/g, '').trim()
  return trimmed.length > 0 ? trimmed : null
}
