import { describe, expect, it } from 'vitest'
import { ImportRefusal } from '@shared/import/extracted'
import { MAX_HTML_CHUNK_CHARS } from '@shared/import/html-article'
import { NO_ARTICLE_REASON, readHtml } from './read-html'
import { loadFixture } from './testing/load-fixture'

const read = async (name: string) => readHtml(loadFixture(name), name)
const html = (text: string) => new TextEncoder().encode(text)
const allChunks = (chunks: string[]) => chunks.join('\n')

describe('readHtml on a news article page', () => {
  it('reads title, authors, outlet, date, URL, language and genre from meta and JSON-LD', async () => {
    const { hints } = await read('html-news-article.html')
    expect(hints).toEqual({
      title: 'Harbour strike enters second week as talks stall',
      authors: ['Maria Lopez', 'Tom Becker'],
      outlet: 'The Northern Ledger',
      published: { year: 2024, month: 3, day: 5, approximate: false },
      publishedText: '2024-03-05T07:30:00+00:00',
      genre: 'news',
      sourceUrl: 'https://www.northernledger.example/news/2024/mar/05/harbour-strike-second-week',
      language: 'en-GB',
    })
  })

  it('keeps the article paragraphs in order and the caption, and leaves out the furniture', async () => {
    const { chunks, notices } = await read('html-news-article.html')
    const text = allChunks(chunks)
    const order = [
      'Dock workers gather outside the Harbour Authority offices on Monday.',
      'The strike at Eastport harbour entered its second week',
      'About 1,200 workers walked out',
      '“We are not going back until the allowance is restored in full,” said Ellen Marsh',
      'Supply chains under strain',
      'rerouted to the southern ports',
      'Talks are expected to resume on Thursday',
    ].map((part) => text.indexOf(part))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    for (const furniture of [
      'cookies',
      'Related articles',
      'Share on',
      'Most read',
      'Sign up',
      'Advertisement',
      'All rights reserved',
      'Lifestyle',
      'Tue 5 Mar 2024',
    ]) {
      expect(text).not.toContain(furniture)
    }
    expect(text.split('We are not going back').length - 1).toBe(1)
    expect(notices).toContain('Left out 1 pull quote repeating the article’s own words.')
  })

  it('sends small chunks without any attribute of the page', async () => {
    const { chunks } = await read('html-news-article.html')
    expect(chunks.length).toBeGreaterThan(0)
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(MAX_HTML_CHUNK_CHARS)
      expect(chunk).not.toMatch(/<[a-z0-9]+\s+[^>]*=/i)
    }
  })
})

describe('readHtml on other pages', () => {
  it('reads an opinion blog post with only a meta author and article:published_time', async () => {
    const { hints, chunks } = await read('html-opinion-blog.html')
    expect(hints.title).toBe('Why the harbour dispute is really about automation')
    expect(hints.authors).toEqual(['Priya Natarajan'])
    expect(hints.published).toEqual({ year: 2024, month: 3, day: 8, approximate: false })
    const text = allChunks(chunks)
    expect(text).toContain('Nobody is talking about the cranes.')
    expect(text).toContain('<li>A seat on the committee')
    expect(text).not.toContain('Leave a Reply')
    expect(text).not.toContain('Recent Posts')
    expect(text).not.toContain('elephant in the room')
  })

  it('refuses an index page of links', async () => {
    await expect(read('html-index-page.html')).rejects.toThrow(
      new ImportRefusal('html-index-page.html', NO_ARTICLE_REASON),
    )
    await expect(read('html-index-page.html')).rejects.toThrow(
      'html-index-page.html has no article text Casefile can find: it may be an index page or need JavaScript to show its text.',
    )
  })

  it('refuses a page that needs JavaScript to show its text', async () => {
    const page = html(
      '<html><head><title>App</title></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="main.js"></script></body></html>',
    )
    await expect(readHtml(page, 'app.html')).rejects.toBeInstanceOf(ImportRefusal)
  })

  it('refuses an empty file', async () => {
    await expect(readHtml(html('  \n'), 'blank.html')).rejects.toThrow('blank.html is empty.')
  })

  it('reads a Windows-1252 page declared by meta charset and says so', async () => {
    const { hints, chunks, notices, encoding } = await read('html-windows-1252.html')
    expect(encoding).toBe('Windows-1252')
    expect(notices).toContain('Read as Windows-1252, as the page declares.')
    expect(hints.title).toBe('Café owners count the cost of the harbour strike')
    expect(hints.authors).toEqual(['Hélène Dubois'])
    expect(hints.published).toEqual({ year: 2024, month: 3, day: 7, approximate: false })
    const text = allChunks(chunks)
    expect(text).toContain('Traders on Eastport’s quay')
    expect(text).toContain('“We used to serve the night shift')
    expect(text).toContain('costs €6 for visiting crews')
    expect(text).toContain('Zoë Brennan')
  })

  it('reads an old page whose text is divs and line breaks, without its menu', async () => {
    const { chunks } = await read('html-div-br.html')
    const text = allChunks(chunks)
    expect(text).toContain('an independent conciliator has been appointed')
    expect(text).toContain('Further news will be posted on this page')
    expect(text).not.toContain('Contact us')
    expect(text).not.toContain('Netscape')
  })

  it('keeps the article when the whole page sits in one form or a furniture-named wrapper', async () => {
    const body = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the council’s statement on the harbour, which runs to several sentences so that it reads as prose. It says what the council will do next.</p>`,
    ).join('')
    const page = html(
      `<html><body class="cookie-consent-shown"><form id="aspnetForm" action="/x"><div class="page"><article><h1>Statement</h1>${body}</article></div></form></body></html>`,
    )
    const { chunks } = await readHtml(page, 'aspnet.html')
    expect(allChunks(chunks)).toContain('Paragraph 6 of the council’s statement')
  })

  it('splits a very long list into chunks at item boundaries', async () => {
    const items = Array.from(
      { length: 400 },
      (_, i) => `<li>Item ${i + 1}: a line of the harbour authority’s contract register.</li>`,
    ).join('')
    const page = html(
      `<html><body><article><h1>Register</h1><p>${'The register lists every contract the authority signed in 2023, as published by the council. '.repeat(4)}</p><ul>${items}</ul></article></body></html>`,
    )
    const { chunks } = await readHtml(page, 'register.html')
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_HTML_CHUNK_CHARS)
    expect(allChunks(chunks)).toContain('<li>Item 400:')
  })

  it('stops when cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      readHtml(loadFixture('html-news-article.html'), 'a.html', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('readHtml on a hostile page', () => {
  it('leaves nothing of scripts, handlers, frames, forms, styles or remote URLs in any chunk', async () => {
    const bytes = loadFixture('html-hostile.html')
    const source = new TextDecoder().decode(bytes)
    expect(source.match(/XSSMARK/g)?.length).toBeGreaterThanOrEqual(30)
    const { chunks, hints } = await readHtml(bytes, 'html-hostile.html')
    const text = allChunks(chunks)
    expect(text).not.toContain('XSSMARK')
    expect(text).not.toMatch(
      /javascript:|https?:|<script|<iframe|<img|<svg|<form|<object|<embed|\son\w+=/i,
    )
    expect(text).toContain('The auditors found that the authority had spent £3.1m')
    expect(text).toContain('every contract above £250,000 be approved by the full board')
    expect(hints.title).toBe('Council publishes audit of harbour accounts')
    expect(hints.authors).toEqual(['Sam Okafor'])
    expect(hints.sourceUrl).toBeNull()
  })
})
