/**
 * What a Word file says about itself in docProps/core.xml (title, creator, created and
 * modified dates, language), read as metadata hints.
 */
import { isJunkTitle, parseInfoDate, splitAuthors } from './document-hints'
import { emptyHints, type MetadataHints } from './extracted'

/** The core properties Casefile uses, each null when the file leaves it out. */
export interface CoreProperties {
  title: string | null
  creator: string | null
  created: string | null
  modified: string | null
  language: string | null
}

/**
 * Reads core.xml by element name, whatever namespace prefix the writer chose, with XML
 * character references decoded. Text that is not core properties gives all nulls.
 */
export function parseCoreProperties(xml: string): CoreProperties {
  const element = (local: string): string | null => {
    const match = new RegExp(
      `<(?:[\\w.-]+:)?${local}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>`,
    ).exec(xml)
    if (!match) return null
    const text = decodeXmlText(match[1]!).replace(/\s+/g, ' ').trim()
    return text.length > 0 ? text : null
  }
  return {
    title: element('title'),
    creator: element('creator'),
    created: element('created'),
    modified: element('modified'),
    language: element('language'),
  }
}

/** Decodes the five named XML entities and numeric character references; drops CDATA marks. */
export function decodeXmlText(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) {
        return safeCodePoint(Number.parseInt(code.slice(2), 16)) ?? whole
      }
      if (code.startsWith('#')) return safeCodePoint(Number(code.slice(1))) ?? whole
      return named[code.toLowerCase()] ?? whole
    })
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null
}

/**
 * Hints from core properties: the title unless junk ("Doc1", "Microsoft Word - x.docx"),
 * the creator split into people (placeholders such as "Administrator" dropped), the
 * created date (else the modified date) as `published` with its words, and the language.
 */
export function docxHints(core: CoreProperties): MetadataHints {
  const hints = emptyHints()
  if (core.title && !isJunkTitle(core.title)) hints.title = core.title
  if (core.creator) hints.authors = splitAuthors(core.creator)
  for (const text of [core.created, core.modified]) {
    const date = text ? parseInfoDate(text) : null
    if (text && date) {
      hints.published = date
      hints.publishedText = text
      break
    }
  }
  if (core.language && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(core.language)) {
    hints.language = core.language
  }
  return hints
}
