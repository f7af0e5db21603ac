/**
 * Carriers for the XSS payload corpus (src/shared/testing/xss-payloads.ts): web pages to
 * import, a backup holding a payload in every text field the analyst's work has, and the
 * checks run on what the app then shows and exports.
 */
import type { Page } from '@playwright/test'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  emptyBackupTables,
  type Backup,
} from '../src/shared/backup/backup-format'
import { assembleDocument } from '../src/shared/corpus/parse-document'
import { normalizeTag } from '../src/shared/highlights/tags'
import type { XssPayload } from '../src/shared/testing/xss-payloads'

/** How many payloads one imported web page carries. */
const PAYLOADS_PER_PAGE = 60

const LEAD = [
  'The harbour commission met on Tuesday to review the dredging contracts awarded over the last three years, after auditors questioned how the tenders had been scored and why two of them were never advertised.',
  'Members heard evidence from the port authority, the contractors and the union representing the dock workers, and agreed to publish the full minutes of the session once the legal review is complete.',
]

/**
 * Ends whatever state a payload left the HTML parser in (an open attribute, comment, CDATA
 * section, raw-text element, foreign content, table or division); the `</section>` after it
 * closes whatever else the payload left open. So the next payload starts afresh and its
 * marker can be found; `<plaintext>` alone cannot be ended.
 */
const CLOSER =
  '"\'>-->]]></textarea></title></style></script></xmp></noembed></noframes></iframe></noscript></template></option></select></svg></math></table></form></div></div></div>'

/**
 * Prose around each payload: with it every marker paragraph scores as article text, so the
 * article finder keeps the one container that holds them all, whatever a payload does.
 */
const MINUTES =
  'The minutes record, in the commission’s own words, what each witness said about the tenders, the contracts and the dredging, and what the members asked in reply.'

/** A web page to import: its file name, its HTML and the title the import should read. */
export interface ProbePage {
  name: string
  html: string
  title: string
  /** The payloads it carries, in order. */
  payloads: XssPayload[]
}

/**
 * The payloads as saved web pages, PAYLOADS_PER_PAGE each: two paragraphs of prose (so the
 * article finder keeps the page), then every payload in a section of its own after a marker
 * paragraph (and followed by CLOSER) with a marker paragraph after the section, with a
 * few in the head as well (base, refresh, stylesheet, a script) and an entity-encoded one in
 * the title, which the library and the reader must show as words.
 */
export function probePages(payloads: readonly XssPayload[], beacon: string): ProbePage[] {
  // `<plaintext>` swallows the rest of any page, so those payloads go last.
  const ordered = [
    ...payloads.filter((p) => !/<plaintext/i.test(p.payload)),
    ...payloads.filter((p) => /<plaintext/i.test(p.payload)),
  ]
  const pages: ProbePage[] = []
  for (let at = 0; at < ordered.length; at += PAYLOADS_PER_PAGE) {
    const carried = ordered.slice(at, at + PAYLOADS_PER_PAGE)
    const number = pages.length + 1
    const title = `Probe page ${number} <img src=x onerror=window.__pwned=${number}>`
    const body = carried
      .map(
        (p) =>
          `<section><p>Marker ${p.id} opens. ${MINUTES}</p>\n${p.payload}\n${CLOSER}</section>\n<p>Marker ${p.id} closes. ${MINUTES}</p>`,
      )
      .join('\n')
    const html = [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8">',
      `<title>Probe page ${number} &lt;img src=x onerror=window.__pwned=${number}&gt;</title>`,
      `<base href="${beacon}/head-base/">`,
      `<meta http-equiv="refresh" content="0; url=${beacon}/head-refresh">`,
      `<link rel="stylesheet" href="${beacon}/head-stylesheet">`,
      `<script>window.__pwned = 'head script ${number}'</script>`,
      `<script src="${beacon}/head-script.js"></script>`,
      `</head><body onload="window.__pwned='body onload ${number}'"><main><article>`,
      `<h1>Probe page ${number}</h1>`,
      ...LEAD.map((text) => `<p>${text}</p>`),
      body,
      '<p>The commission adjourned until the following month, when the authority will answer.</p>',
      '</article></main></body></html>',
    ].join('\n')
    pages.push({ name: `probe-page-${number}.html`, html, title, payloads: carried })
  }
  return pages
}

/** What the payload backup holds, for the spec to find its way around it. */
export interface PayloadBackup {
  backup: Backup
  docId: string
  docTitle: string
  claimIds: string[]
  timelineIds: string[]
  /** The brief that selects everything, its summary made of every payload. */
  briefId: string
  briefTitle: string
}

const CREATED = Date.UTC(2026, 0, 5, 9, 0)
const STANCES = ['supports', 'contradicts', 'context'] as const

/**
 * A valid backup with a payload in every text field: one imported document (title, authors,
 * outlet, genre, author note, source address, notices and one paragraph per payload), a
 * highlight per paragraph (note and tag), a claim per payload (statement, note, tag) linked
 * to its highlight (link note), two timelines (title, description) with an event per payload
 * (title, note, tag), colour names, and briefs with payload titles and authors, one of them
 * selecting everything with every payload in its Markdown summary.
 */
export function payloadBackup(payloads: readonly XssPayload[]): PayloadBackup {
  const at = (i: number) => payloads[i % payloads.length]!.payload
  const docId = 'imported-xss-probes'
  const docTitle = `Probes ${at(0)}`
  const document = assembleDocument(
    {
      id: docId,
      title: docTitle,
      authors: [at(1), at(2)],
      outlet: at(3),
      published: {
        year: 2024,
        month: 1,
        day: 16,
        approximate: false,
        basis: 'stated',
        note: at(4),
      },
      genre: at(5),
      raw: `${at(6)}.html`,
      authorNote: at(7),
      sourceUrl: 'javascript:window.__pwned=-1',
      imported: { format: 'html', encoding: 'UTF-8', notices: [at(8), at(9)] },
    },
    [
      { kind: 'heading', level: 1, text: `Heading ${at(10)}`, marks: [] },
      ...payloads.map((p) => ({
        kind: 'paragraph' as const,
        level: 0,
        text: p.payload,
        marks: [],
      })),
    ],
  )
  const tables = emptyBackupTables()
  tables.documents.push({ id: docId, addedAt: CREATED, document })
  const paragraphs = document.blocks.slice(1)
  payloads.forEach((p, i) => {
    const block = paragraphs[i]!
    const time = CREATED + i * 1000
    tables.highlights.push({
      id: `h-${p.id}`,
      docId,
      docRev: document.rev,
      selectors: {
        quote: {
          exact: block.text,
          prefix: document.text.slice(Math.max(0, block.start - 32), block.start),
          suffix: document.text.slice(block.end, block.end + 32),
        },
        position: { start: block.start, end: block.end },
      },
      color: ['yellow', 'green', 'blue', 'pink', 'purple'][i % 5]!,
      note: p.payload,
      tags: [normalizeTag(p.payload)].filter((tag) => tag !== ''),
      createdAt: time,
      updatedAt: time,
    })
    tables.claims.push({
      id: `c-${p.id}`,
      statement: p.payload,
      status: 'unverified',
      confidence: null,
      note: at(i + 1),
      tags: [normalizeTag(at(i + 2))].filter((tag) => tag !== ''),
      createdAt: time,
      updatedAt: time,
    })
    tables.evidence.push({
      id: `e-${p.id}`,
      claimId: `c-${p.id}`,
      highlightId: `h-${p.id}`,
      docId,
      stance: STANCES[i % 3]!,
      credibility: null,
      note: at(i + 3),
      createdAt: time,
      updatedAt: time,
    })
  })
  const timelineIds = ['t-xss-1', 't-xss-2']
  timelineIds.forEach((id, i) =>
    tables.timelines.push({
      id,
      title: `Timeline ${i + 1} ${at(20 + i)}`,
      description: at(30 + i),
      createdAt: CREATED,
      updatedAt: CREATED,
    }),
  )
  payloads.forEach((p, i) => {
    const day = { year: 2024, month: 1 + (i % 12), day: 1 + (i % 28), approximate: false }
    tables.events.push({
      id: `ev-${p.id}`,
      timelineId: timelineIds[i % 2]!,
      title: p.payload,
      note: at(i + 4),
      tags: [normalizeTag(at(i + 5))].filter((tag) => tag !== ''),
      date: { kind: 'point', date: day },
      sortKey: Date.UTC(day.year, day.month - 1, day.day),
      sources: [{ highlightId: `h-${p.id}`, docId, stated: null }],
      highlightIds: [`h-${p.id}`],
      createdAt: CREATED,
      updatedAt: CREATED,
    })
  })
  tables.settings.push({
    key: 'highlight-color-names',
    value: { yellow: at(40), green: at(41), blue: at(42), pink: at(43), purple: at(44) },
    updatedAt: CREATED,
  })
  const briefId = 'b-xss-all'
  const briefTitle = `Everything ${at(50)}`
  tables.briefs.push({
    id: briefId,
    title: briefTitle,
    author: at(51),
    summary: payloads.map((p) => p.payload).join('\n\n'),
    sections: ['summary', 'claims', 'timelines', 'highlights', 'sources'],
    claims: { ids: tables.claims.map((c) => c.id), tags: [], statuses: [] },
    timelineIds,
    highlights: { tags: [], colors: ['yellow', 'green', 'blue', 'pink', 'purple'] },
    createdAt: CREATED,
    updatedAt: CREATED,
  })
  for (let i = 0; i < 8; i += 1) {
    tables.briefs.push({
      id: `b-xss-${i}`,
      title: at(60 + i * 7),
      author: at(61 + i * 7),
      summary: at(62 + i * 7),
      sections: ['summary', 'claims'],
      claims: { ids: [`c-${payloads[i]!.id}`], tags: [], statuses: [] },
      timelineIds: [],
      highlights: { tags: [], colors: [] },
      createdAt: CREATED,
      updatedAt: CREATED + i,
    })
  }
  return {
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date(CREATED + 86_400_000).toISOString(),
      app: { name: 'Casefile', version: '0.1.0' },
      schemaVersion: 5,
      tables,
    },
    docId,
    docTitle,
    claimIds: tables.claims.map((c) => c.id),
    timelineIds,
    briefId,
    briefTitle,
  }
}

/**
 * What in the page could run or fetch, as short descriptions (empty when nothing): elements
 * that execute or load (script other than the app's own, iframe, object, embed, base, meta
 * refresh, any image or media element, a link element other than the app's stylesheets and
 * icon, a URL attribute to another origin), any `on…` attribute, a `javascript:`,
 * `vbscript:` or `data:text/html` URL, a form that posts, a payload's probe or beacon
 * address in an attribute that is not plain words (a title or a field's value may hold the
 * analyst's text; a web link in the brief preview, which never navigates, is a link the
 * summary's Markdown makes), and names a payload could clobber (`casefile`, `casefileApi`).
 */
export function auditPage(app: Page, beacon: string): Promise<string[]> {
  return app.evaluate((beacon) => {
    const problems: string[] = []
    const origin = location.origin
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`
    const wordsOnly = new Set([
      'title',
      'aria-label',
      'aria-description',
      'value',
      'placeholder',
      'alt',
      'data-value',
    ])
    const urlAttributes = [
      'href',
      'src',
      'action',
      'formaction',
      'data',
      'poster',
      'background',
      'xlink:href',
      'srcset',
      'ping',
      'codebase',
      'lowsrc',
      'dynsrc',
    ]
    const sameOrigin = (url: string) => {
      try {
        return new URL(url, location.href).origin === origin
      } catch {
        return false
      }
    }
    // Through the prototypes: a payload that became markup may have clobbered the
    // document's own methods (`<img name=getElementById>`), and must not blind the audit.
    const all = Document.prototype.querySelectorAll.call(document, '*')
    const byId = (id: string) => Document.prototype.getElementById.call(document, id)
    const byName = (name: string) => Document.prototype.getElementsByName.call(document, name)
    for (const el of Array.from(all)) {
      const tag = el.tagName.toLowerCase()
      if (
        ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal'].includes(tag)
      ) {
        problems.push(`element ${describe(el)}`)
      }
      if (tag === 'script' && !(el.getAttribute('src') && sameOrigin(el.getAttribute('src')!))) {
        problems.push(`script ${describe(el)}`)
      }
      // The app shows no media and links only its icon and stylesheets: any other image,
      // video or link element came from a payload, whatever its address.
      const media = ['img', 'image', 'video', 'audio', 'source', 'track', 'picture']
      if (media.includes(tag) || (tag === 'input' && el.getAttribute('type') === 'image')) {
        problems.push(`media ${describe(el)}`)
      }
      const rel = el.getAttribute('rel') ?? ''
      if (
        tag === 'link' &&
        !(
          /^(stylesheet|icon|modulepreload)$/.test(rel) && sameOrigin(el.getAttribute('href') ?? '')
        )
      ) {
        problems.push(`link ${describe(el)}`)
      }
      // Named images, forms, embeds, objects and frames become properties of `document`.
      const named = ['img', 'form', 'embed', 'object', 'iframe']
      if (named.includes(tag) && el.hasAttribute('name')) problems.push(`named ${describe(el)}`)
      if (tag === 'meta' && /refresh|set-cookie/i.test(el.getAttribute('http-equiv') ?? '')) {
        problems.push(`meta ${describe(el)}`)
      }
      // The app's own confirmations are `method="dialog"` forms: they close a dialog, nothing more.
      const method = el.getAttribute('method')?.toLowerCase()
      if (tag === 'form' && (el.hasAttribute('action') || (method && method !== 'dialog'))) {
        problems.push(`form ${describe(el)}`)
      }
      if (tag === 'style' && /url\(|@import|__pwned/i.test(el.textContent ?? '')) {
        problems.push(`style ${(el.textContent ?? '').slice(0, 80)}`)
      }
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase()
        const value = attr.value
        if (name.startsWith('on')) problems.push(`handler ${describe(el)}`)
        if (name === 'srcdoc') problems.push(`srcdoc ${describe(el)}`)
        if (urlAttributes.includes(name)) {
          // eslint-disable-next-line no-control-regex
          const read = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase()
          if (/^(javascript|vbscript):|^data:(?!image\/(png|gif|jpeg|webp);)/.test(read)) {
            problems.push(`url ${describe(el)}`)
          } else if (
            name !== 'href' &&
            value !== '' &&
            !sameOrigin(value) &&
            !read.startsWith('data:') &&
            !read.startsWith('blob:')
          ) {
            problems.push(`remote ${describe(el)}`)
          }
        }
        // The brief preview shows the summary's web links as Markdown readers will (an
        // address in the text is a link there); its links never navigate (MarkdownPreview).
        const previewLink =
          tag === 'a' &&
          name === 'href' &&
          /^https?:/i.test(value) &&
          el.closest('.markdown-preview') !== null
        const inert =
          previewLink || wordsOnly.has(name) || name.startsWith('data-') || name.startsWith('aria-')
        if (!inert && (value.includes('__pwned') || value.includes(beacon))) {
          problems.push(`payload in ${name}: ${describe(el)}`)
        }
      }
    }
    for (const name of ['casefile', 'casefileApi', '__pwned']) {
      if (byId(name) || byName(name).length > 0) {
        problems.push(`clobbering: an element named ${name}`)
      }
    }
    // Electron's preload exposes the real `casefile` API, a plain object; anything else under
    // these names (an element, a collection, a frame's window) is a payload standing in for it.
    for (const name of ['casefile', 'casefileApi']) {
      if (!(name in window)) continue
      const value: unknown = (window as unknown as Record<string, unknown>)[name]
      const proto = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : 0
      if (proto !== Object.prototype) {
        problems.push(`window.${name} is not the app's API: ${String(value).slice(0, 60)}`)
      }
    }
    return problems
  }, beacon)
}

/**
 * The Content-Security-Policy violations the page has reported so far, as the shared
 * fixture counts them (`window.__cspViolations`): a refused inline script, handler,
 * `eval`, remote load or Trusted Types sink each adds one.
 */
export function cspViolations(app: Page): Promise<string[]> {
  return app.evaluate(() => [...((window as { __cspViolations?: string[] }).__cspViolations ?? [])])
}

/** The probe the page's payloads would have set, or null when none ran. */
export function pwned(app: Page): Promise<unknown> {
  return app.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g

/** Text as compared between a payload and what shows it: whitespace folded, controls gone. */
export function folded(text: string): string {
  return text.replace(CONTROLS, '').replace(/\s+/g, ' ').trim()
}
