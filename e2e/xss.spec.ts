/**
 * Hostile text everywhere a user's or a document's words enter Casefile: the XSS payload
 * corpus (src/shared/testing/xss-payloads.ts: DOMPurify's vectors, img/svg/MathML mutation
 * XSS, javascript: and data: links, forms, base, refresh, frames, stylesheets, clobbering of
 * `casefile`) in imported web pages and Markdown, in notes, tags, claim statements, brief
 * titles and event titles typed through the UI, and in every text field of a restored backup,
 * shown on every screen, then exported as Markdown.
 *
 * Nothing may run and nothing may load: every armed payload would set `window.__pwned` or
 * request a local beacon server, which must see no request at all. The shared fixture fails
 * a test on any Content-Security-Policy violation or console error, so even an attempt the
 * policy blocked counts as a failure here: hostile text must reach the DOM as text, never as
 * markup the browser has to refuse. Each screen is also audited for anything that could run
 * or fetch (handlers, scripts, frames, dangerous URLs, clobbered names), and the payloads'
 * words must be visible, so a test cannot pass by dropping them.
 */
import type { Page } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { parseBriefMarkdown } from '../src/shared/brief/brief-markdown'
import { normalizeTag } from '../src/shared/highlights/tags'
import {
  inlineHtmlFindings,
  markdownHazards,
  markdownText,
} from '../src/shared/testing/markdown-hazards'
import { xssPayloads, type XssPayload } from '../src/shared/testing/xss-payloads'
import { startBeacon, type Beacon } from './beacon'
import { expect, test } from './fixtures'
import {
  AMID,
  claimsTable,
  eventPopover,
  finishEvent,
  openClaims,
  openTimelines,
  startEvent,
  STABILITY,
} from './flows'
import { highlightItems, selectText } from './highlighting'
import { confirmSheet, importDialog } from './importing'
import { openSearch, results, searchField } from './searching'
import { openSource, savedFile, sourceOptions } from './workbench'
import {
  auditPage,
  cspViolations,
  folded,
  payloadBackup,
  probePages,
  pwned,
  type PayloadBackup,
} from './xss-surfaces'

/**
 * Each test carries the whole corpus through a path: hundreds of rows restored, rendered
 * and audited on screen after screen. 15-35 s each on an idle machine (two at a time);
 * the cap leaves room for a loaded one.
 */
test.describe.configure({ timeout: 120_000 })

let beacon: Beacon

test.beforeAll(async () => {
  beacon = await startBeacon()
})

test.afterAll(async () => {
  await beacon.close()
})

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'the beacon and the probes run against the web host')
  beacon.hits.length = 0
})

/** A test's view of the hostile content: the page, the armed corpus, and the check. */
interface Hostile {
  app: Page
  /** The corpus, every URL pointing at this run's beacon. */
  payloads: XssPayload[]
  /**
   * Gives a payload that slipped through time to act (an image error, a timer, a
   * refresh), then asserts that nothing ran, broke the policy, was fetched or escaped the
   * page, and that the page holds nothing that could run or fetch. `where` names the
   * screen in a failure message.
   */
  inert(where: string): Promise<void>
}

/** What the page did beyond the DOM: dialogs (alert), windows opened, navigations away. */
interface Escapes {
  dialogs: string[]
  popups: string[]
  navigations: string[]
}

const xss = test.extend<{ hostile: Hostile }>({
  hostile: async ({ app, requests, appOrigin }, use) => {
    const escapes: Escapes = { dialogs: [], popups: [], navigations: [] }
    app.on('dialog', (dialog) => {
      escapes.dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    app.on('popup', (popup) => escapes.popups.push(popup.url()))
    app.on('framenavigated', (frame) => {
      if (frame === app.mainFrame() && !frame.url().startsWith(appOrigin)) {
        escapes.navigations.push(frame.url())
      }
    })
    const inert = async (where: string): Promise<void> => {
      await app.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))),
      )
      // One comparison, so a failure shows every detector at once: what tripped which.
      const seen = {
        'markup that could run or fetch': await auditPage(app, beacon.origin),
        'window.__pwned': await pwned(app),
        'Content-Security-Policy violations': await cspViolations(app),
        ...escapes,
        'requests leaving the app': requests.filter(
          (url) =>
            !url.startsWith(appOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'),
        ),
        'beacon hits': [...beacon.hits],
      }
      expect(seen, `${where}: nothing may run, load or escape`).toEqual({
        'markup that could run or fetch': [],
        'window.__pwned': null,
        'Content-Security-Policy violations': [],
        dialogs: [],
        popups: [],
        navigations: [],
        'requests leaving the app': [],
        'beacon hits': [],
      })
    }
    await use({ app, payloads: xssPayloads(beacon.origin), inert })
  },
})

const byName = (payloads: readonly XssPayload[], name: string): string => {
  const found = payloads.find((p) => p.name === name)
  if (!found) throw new Error(`no payload named ${name}`)
  return found.payload
}

function navigate(app: Page, name: string) {
  return app.getByRole('navigation', { name: 'Views' }).getByRole('link', { name }).click()
}

xss(
  'web pages and Markdown full of payloads import as words: nothing runs, nothing is fetched',
  async ({ hostile }, testInfo) => {
    const { app, payloads, inert } = hostile
    const pages = probePages(payloads, beacon.origin)
    const markdownTitle = 'Probe notes <svg onload=window.__pwned=0>'
    const markdown = [
      '---',
      `title: '${markdownTitle}'`,
      `authors: ['<img src=x onerror=window.__pwned=0>']`,
      '---',
      '',
      'The harbour commission met on Tuesday to review the dredging contracts awarded over the last three years.',
      '',
      ...payloads.flatMap((p) => [`Marker ${p.id} opens.`, '', p.payload, '']),
    ].join('\n')
    const files = [
      ...pages.map((page) => ({ name: page.name, mimeType: 'text/html', text: page.html })),
      { name: 'probe-notes.md', mimeType: 'text/markdown', text: markdown },
    ]
    const chooser = app.waitForEvent('filechooser')
    await app.getByRole('button', { name: 'Import documents…' }).click()
    await (
      await chooser
    ).setFiles(
      files.map(({ name, mimeType, text }) => ({ name, mimeType, buffer: Buffer.from(text) })),
    )
    for (const page of pages) await confirmSheet(app, page.name, page.title)
    await confirmSheet(app, 'probe-notes.md', markdownTitle)
    await expect(importDialog(app)).toContainText(
      `${files.length} of ${files.length} files added to the library.`,
    )
    await inert('import dialog')
    await importDialog(app).getByRole('button', { name: 'Close' }).click()

    const body = app.locator('article.document .document-body')
    const found: string[] = []
    const encoded = payloads.find((p) => p.name === 'entity-encoded img onerror')!
    for (const page of pages) {
      // The title's entity-encoded markup is shown as words in the library and the reader.
      await expect(sourceOptions(app).filter({ hasText: page.title })).toHaveCount(1)
      await openSource(app, page.title)
      await expect(body).toContainText('The harbour commission met on Tuesday')
      const text = folded((await body.textContent()) ?? '')
      const markers = page.payloads.filter((p) => text.includes(`Marker ${p.id} opens.`))
      found.push(`${page.name}: ${markers.length} of ${page.payloads.length} payloads' markers`)
      // Every payload's neighbourhood reached the reader (the article finder may still leave
      // out a stray paragraph), so the payloads themselves went through the whole import.
      expect(
        markers.length,
        `${page.name}: the payloads reached the reader`,
      ).toBeGreaterThanOrEqual(page.payloads.length - 2)
      if (page.payloads.includes(encoded)) {
        // Markup a page writes as entities is its text: shown as words.
        await expect(body).toContainText(`<img src=x onerror="window.__pwned=${encoded.probe}">`)
      }
      await inert(`reader: ${page.name}`)
    }
    await openSource(app, markdownTitle)
    const mdText = folded((await body.textContent()) ?? '')
    const mdMarkers = payloads.filter((p) => mdText.includes(`Marker ${p.id} opens.`))
    found.push(`probe-notes.md: ${mdMarkers.length} of ${payloads.length} payloads' markers`)
    expect(mdMarkers.length).toBe(payloads.length)
    // Entity-encoded markup in Markdown text is words in the reader.
    await expect(body).toContainText('<img src=x onerror="window.__pwned=')
    await inert('reader: probe-notes.md')
    testInfo.annotations.push({ type: 'payloads read', description: found.join('; ') })
  },
)

xss(
  'payloads typed as a note, tags, claims, brief titles and an event title stay words',
  async ({ hostile }) => {
    const { app, payloads, inert } = hostile
    const typed = [
      'img onerror, bare',
      'svg onload',
      'math mtext table mglyph style img',
      'javascript: link',
      'form id=casefile',
      'a id=casefileApi',
      'entity-encoded img onerror',
      'Markdown link to javascript:',
      'attribute breakout',
      'base href to the beacon',
    ].map((name) => byName(payloads, name))

    // A note and two tags on a highlight.
    await openSource(app, STABILITY)
    await selectText(app, 'Two days after the Iranian missile strike')
    await app.keyboard.press('1')
    await expect(highlightItems(app)).toHaveCount(1)
    await highlightItems(app).first().getByRole('button', { name: 'Edit' }).click()
    const editor = app.getByRole('dialog', { name: 'Highlight' })
    await editor.getByLabel('Note').fill(typed[0]!)
    for (const tag of [typed[1]!, typed[4]!]) {
      await editor.getByLabel('Add a tag').fill(tag)
      await editor.getByLabel('Add a tag').press('Enter')
    }
    await editor.getByRole('button', { name: 'Done' }).click()
    await expect(editor).toBeHidden()
    // Tags are stored trimmed and cut at 80 characters, as analysts' tags always are.
    for (const words of [typed[0]!, normalizeTag(typed[1]!), normalizeTag(typed[4]!)]) {
      await expect(highlightItems(app).first()).toContainText(words)
    }
    await inert('reader side list')

    // Claims, each shown as its page's heading and in the table.
    await openClaims(app)
    for (const statement of typed.slice(2, 8)) {
      await app.getByLabel('New claim').fill(statement)
      await app.getByRole('button', { name: 'Add claim' }).click()
      await expect(app.getByRole('heading', { level: 1 })).toHaveText(statement)
      await inert(`claim page of ${statement}`)
      await app.getByRole('link', { name: '← All claims' }).click()
    }
    for (const statement of typed.slice(2, 8)) {
      await expect(
        claimsTable(app).getByRole('link', { name: statement, exact: true }),
      ).toBeVisible()
    }
    await inert('claims table')

    // Brief titles, in the list and as the preview's heading.
    await navigate(app, 'Briefs')
    for (const title of [typed[8]!, typed[9]!]) {
      await app.getByRole('button', { name: 'New brief' }).click()
      await app.getByRole('form', { name: 'Compose brief' }).getByLabel('Title').fill(title)
      await expect(app.getByRole('link', { name: title })).toBeVisible()
      // The preview renders every payload of the brief; on a loaded runner it can lag the list.
      await expect(app.getByLabel('Brief preview').getByRole('heading', { level: 1 })).toHaveText(
        title,
        { timeout: 15_000 },
      )
    }
    await inert('briefs')

    // An event title and a new timeline's title.
    await navigate(app, 'Reader')
    await startEvent(app, AMID, 'On January 16, 2024', '16 Jan 2024')
    await eventPopover(app)
      .getByRole('combobox', { name: 'Timeline' })
      .selectOption({ label: 'New timeline…' })
    await eventPopover(app).getByLabel('New timeline title').fill(typed[5]!)
    await finishEvent(app, typed[3]!)
    await openTimelines(app)
    await expect(app.getByRole('link', { name: typed[3]!, exact: true })).toBeVisible()
    await expect(
      app.getByRole('navigation', { name: 'Timelines' }).getByRole('link', { name: typed[5]! }),
    ).toBeVisible()
    await app.getByRole('link', { name: typed[3]!, exact: true }).click()
    await expect(app.getByRole('complementary', { name: typed[3]! })).toBeVisible()
    await inert('timelines')

    // The notebook and search show them as words too.
    await navigate(app, 'Notebook')
    await expect(app.getByRole('row').filter({ hasText: typed[0]! })).toHaveCount(1)
    await openSearch(app)
    await searchField(app).fill('onerror')
    await expect(results(app).first()).toBeVisible()
    await inert('notebook and search')
  },
)

/**
 * Restores a backup with a payload in every text field through the Backup dialog,
 * replacing everything, as an analyst would; returns what it holds.
 */
async function restore(app: Page, payloads: readonly XssPayload[]): Promise<PayloadBackup> {
  const made = payloadBackup(payloads)
  await app.getByRole('button', { name: 'Backup', exact: true }).click()
  const dialog = app.getByRole('dialog', { name: 'Backup and restore' })
  await dialog.getByLabel('Backup file').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(made.backup)),
  })
  await expect(dialog).toContainText(`${made.claimIds.length} claims`)
  await dialog.getByRole('button', { name: 'Replace everything' }).click()
  // Over a thousand rows and a document in one transaction: seconds on a busy machine.
  await expect(dialog.getByRole('status')).toContainText('Backup restored', { timeout: 30_000 })
  await dialog.getByRole('button', { name: 'Close' }).click()
  return made
}

xss(
  'a backup with a payload in every text field restores and shows on every screen as words',
  async ({ hostile }, testInfo) => {
    const { app, payloads, inert } = hostile
    const made = await restore(app, payloads)
    await inert('restore')

    // Library and reader: the title, and every payload as a paragraph of words.
    await navigate(app, 'Reader')
    await expect(sourceOptions(app).filter({ hasText: made.docTitle })).toHaveCount(1)
    await sourceOptions(app).filter({ hasText: made.docTitle }).click()
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(made.docTitle)
    const paragraphs = app.locator('article.document .document-body [data-para]')
    await expect(paragraphs).toHaveCount(payloads.length)
    const shown = (await paragraphs.allTextContents()).map(folded)
    const missing = payloads.filter((p, i) => !shown[i]?.includes(folded(p.payload)))
    expect(
      missing.map((p) => p.id),
      'payloads not shown as words in the reader',
    ).toEqual([])
    await expect(highlightItems(app).first()).toBeVisible()
    await inert('reader')

    // Notebook: notes and tags.
    await navigate(app, 'Notebook')
    await expect(app.getByTestId('notebook-count')).toHaveText(`${payloads.length} highlights`)
    await expect(app.getByRole('row').filter({ hasText: 'window.__pwned=' }).first()).toBeVisible()
    await inert('notebook')

    // Claims table, a claim page, the matrix.
    await openClaims(app)
    await expect(app.getByTestId('claims-count')).toHaveText(`${payloads.length} claims`)
    const statements = new Set(payloads.map((p) => folded(p.payload)))
    // The table draws only the rows in view: each of those shows its payload as words.
    await expect(claimsTable(app).locator('a.cl-statement').first()).toBeVisible()
    const rows = (await claimsTable(app).locator('a.cl-statement').allTextContents()).map(folded)
    expect(
      rows.filter((row) => !statements.has(row)),
      'claim rows that are not a payload, as words',
    ).toEqual([])
    const sample = payloads[10]!
    await app.evaluate((id) => (location.hash = `#/claims/${id}`), made.claimIds[10]!)
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(sample.payload)
    await inert('claims and a claim page')
    await app.evaluate(
      (ids) => (location.hash = `#/matrix/${ids.join(',')}`),
      made.claimIds.slice(0, 12),
    )
    await expect(app.getByRole('main')).toContainText(payloads[1]!.payload)
    await inert('matrix')

    // Timelines: the list, an event's detail, the visual timeline.
    await openTimelines(app)
    await app.evaluate((id) => (location.hash = `#/timelines/${id}`), made.timelineIds[0]!)
    const event = payloads[0]!
    await app.getByRole('link', { name: event.payload, exact: true }).click()
    await expect(app.getByRole('complementary', { name: event.payload })).toBeVisible()
    await inert('timeline and event')
    await app.getByRole('button', { name: 'Visual' }).click()
    await expect(app.getByRole('group', { name: /^Timeline: / })).toBeVisible()
    await inert('visual timeline')

    // Entities and search over the payload document and notes.
    await navigate(app, 'Entities')
    await expect(app.getByRole('heading', { level: 1, name: 'Entities' })).toBeVisible()
    await inert('entities')
    await openSearch(app)
    await searchField(app).fill('onerror')
    await expect(results(app).first()).toBeVisible()
    await inert('search')
    await app.keyboard.press('Escape')
    testInfo.annotations.push({
      type: 'payloads per surface',
      description: `${payloads.length} each in document paragraphs, highlight notes and tags, claim statements, notes and tags, link notes, event titles, notes and tags, the brief summary; ${made.backup.tables.briefs.length} brief titles; metadata fields, colour names and timeline titles one each`,
    })
  },
)

xss(
  'a brief made of payloads previews as words and exports as inert Markdown',
  async ({ hostile }, testInfo) => {
    const { app, payloads, inert } = hostile
    const made = await restore(app, payloads)

    // Briefs: the list, the preview of a summary made of every payload, the export.
    await navigate(app, 'Briefs')
    for (const brief of made.backup.tables.briefs) {
      await expect(app.getByRole('link', { name: brief.title }).first()).toBeVisible()
    }
    await app.getByRole('link', { name: made.briefTitle }).click()
    const preview = app.getByLabel('Brief preview')
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(made.briefTitle)
    await expect(preview).toContainText('<script>window.__pwned=')
    // An address in the summary's text is a link, as in any Markdown reader; following it
    // from the preview goes nowhere.
    await preview.locator(`a[href^="${beacon.origin}"]`).first().click()
    await inert('brief preview')

    const { text: exported } = await savedFile(app, () =>
      app.getByRole('button', { name: 'Export Markdown…' }).click(),
    )
    writeFileSync(testInfo.outputPath('brief.md'), exported)
    const tree = parseBriefMarkdown(exported)
    expect(markdownHazards(tree), 'markup or dangerous links in the export').toEqual([])
    expect(inlineHtmlFindings(exported), 'inline HTML in the export, to markdownlint').toEqual([])
    const words = folded(markdownText(tree))
    const unreadable = payloads.filter(
      (p) =>
        !words.includes(folded(p.payload)) &&
        !words.includes(folded(p.payload).replace(/[\s.,;:!]+$/u, '')),
    )
    expect(
      unreadable.map((p) => p.id),
      'claim statements not readable in the export',
    ).toEqual([])
    await inert('export')
  },
)
