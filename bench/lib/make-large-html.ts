/**
 * A large saved web page for the import benchmark (`import.html-5mb`): a news article page
 * as a browser's "Save page" writes it, about 5 MB. The head holds meta tags (Open Graph,
 * Twitter, article times), JSON-LD, a large inline style sheet and inline scripts (an
 * app's code and its preloaded state as JSON); the body a cookie banner, a site header
 * with a mega menu, advert slots, share bars, a sidebar, a comment thread, "Related"
 * and "Most read" lists, a footer and HTML comments, around an article whose body (the
 * synthetic benchmark document's headings, paragraphs, lists and block quotes, with links
 * and emphasis, in-body adverts, pull quotes and captioned figures) fills the page to its
 * size.
 */
import { createRandom, type Random } from './prng'
import { generateSyntheticDocument } from './synthetic-document'

/** Options for {@link makeLargeHtml}. */
export interface LargeHtmlOptions {
  /** The page's size in bytes (5,000,000 by default); it ends up at most one block above. */
  targetBytes?: number
  /** Seed of the text and the furniture; the same seed gives the same page. */
  seed?: number
}

/** The page and what it holds. */
export interface LargeHtml {
  /** The page's UTF-8 bytes. */
  bytes: Uint8Array
  /** Its `og:title`: what the metadata sheet's Title field must read. */
  title: string
  /** The article body's text, in characters (blocks joined by nothing). */
  articleChars: number
  /** Article blocks: headings, paragraphs, list items, quoted paragraphs. */
  articleBlocks: number
  /** Words in those blocks (runs of non-space); figure captions add a few more. */
  articleWords: number
  /** Bytes of the head's inline styles and scripts and the body's scripts. */
  scriptStyleBytes: number
}

const OUTLET = 'The Frontier Ledger'
const HEADLINE = 'Border talks stall as corridor costs mount on both sides of the frontier'
const SITE = 'https://www.frontierledger.example'
const PATH = '/world/2024/jan/16/border-talks-stall-corridor-costs'
const PAGE_URL = SITE + PATH
const AUTHORS = ['Amna Baloch', 'Reza Karimi']

const SECTIONS = (
  'World Asia Middle East Politics Business Markets Energy Climate Science Technology ' +
  'Opinion Analysis Investigations Culture Books Sport Travel Video Podcasts Newsletters'
).split(' ')

const TEASER_WORDS = (
  'Ministers Envoys Traders Farmers Officials Analysts Guards Councils Ports Markets Talks ' +
  'Exports Pipelines Railways Harvests Budgets Courts Elections Sanctions Tariffs'
).split(' ')
const TEASER_VERBS =
  'weigh warn reject back split hold face brace promise question count delay seek fear'.split(' ')
const TEASER_TAILS = (
  'new border rules|a winter of shortages|the corridor deal|rising fuel prices|a second ' +
  'round of talks|the customs backlog|cuts to the aid budget|the harbour expansion|a rail ' +
  'link to the coast|the drought in the south|a tariff truce|the port authority’s plan'
).split('|')

const COMMENTER_FIRST = 'Sara Omar Lena Tariq Nadia Jamal Hina Farid Zoya Imran Mina Karim'.split(
  ' ',
)
const COMMENTER_LAST = 'K. B. R. S. M. A. H. T. N. Q. Z. D.'.split(' ')

function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;')
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function teaser(random: Random): string {
  return `${random.pick(TEASER_WORDS)} ${random.pick(TEASER_VERBS)} ${random.pick(TEASER_TAILS)}`
}

function teaserLink(random: Random): string {
  const text = teaser(random)
  const year = random.int(2019, 2024)
  return `<a href="/${slug(random.pick(SECTIONS))}/${year}/${slug(text)}" data-link-name="teaser">${escapeHtml(text)}</a>`
}

// ---- head -------------------------------------------------------------------------------

function metaTags(): string {
  const description =
    'Negotiators left the border town without a date for the next round, as traders on ' +
    'both sides count the cost of the closed crossings.'
  const tags: [string, string, string][] = [
    ['name', 'description', description],
    ['name', 'author', AUTHORS.join(', ')],
    ['name', 'robots', 'max-image-preview:large'],
    ['name', 'theme-color', '#0a3d62'],
    ['name', 'application-name', OUTLET],
    ['property', 'og:type', 'article'],
    ['property', 'og:title', HEADLINE],
    ['property', 'og:description', description],
    ['property', 'og:site_name', OUTLET],
    ['property', 'og:url', PAGE_URL],
    ['property', 'og:image', `${SITE}/img/2024/01/16/crossing-1200.jpg`],
    ['property', 'og:locale', 'en_GB'],
    ['property', 'article:published_time', '2024-01-16T06:00:00+00:00'],
    ['property', 'article:modified_time', '2024-01-16T14:32:10+00:00'],
    ['property', 'article:section', 'World news'],
    ['property', 'article:author', `${SITE}/profile/amna-baloch`],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:site', '@frontierledger'],
    ['name', 'twitter:title', HEADLINE],
    ['name', 'twitter:description', description],
  ]
  return tags
    .map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escapeAttr(value)}">`)
    .join('\n')
}

function jsonLd(): string {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebPage',
        '@id': `${PAGE_URL}#webpage`,
        name: `${HEADLINE} | ${OUTLET}`,
        breadcrumb: { '@id': `${PAGE_URL}#breadcrumb` },
      },
      {
        '@type': 'NewsArticle',
        '@id': `${PAGE_URL}#article`,
        headline: HEADLINE,
        datePublished: '2024-01-16T06:00:00+00:00',
        dateModified: '2024-01-16T14:32:10+00:00',
        author: AUTHORS.map((name) => ({
          '@type': 'Person',
          name,
          url: `${SITE}/profile/${slug(name)}`,
        })),
        publisher: { '@id': `${SITE}/#org` },
        mainEntityOfPage: { '@id': `${PAGE_URL}#webpage` },
        articleSection: 'World news',
        inLanguage: 'en-GB',
        isAccessibleForFree: true,
        image: [`${SITE}/img/2024/01/16/crossing-1200.jpg`],
      },
      {
        '@type': 'NewsMediaOrganization',
        '@id': `${SITE}/#org`,
        name: OUTLET,
        logo: { '@type': 'ImageObject', url: `${SITE}/logo.png` },
      },
      {
        '@type': 'BreadcrumbList',
        '@id': `${PAGE_URL}#breadcrumb`,
        itemListElement: ['World', 'Asia', 'Border talks'].map((name, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name,
          item: `${SITE}/${slug(name)}`,
        })),
      },
    ],
  }
  return `<script type="application/ld+json">\n${JSON.stringify(graph, null, 1)}\n</script>`
}

/** An inline style sheet of about `bytes` bytes: component rules, media queries. */
function styleSheet(random: Random, bytes: number): string {
  const blocks = ['card', 'teaser', 'nav', 'footer', 'ad', 'share', 'comment', 'byline', 'grid']
  const props = [
    'display:flex',
    'display:grid',
    'margin:0 0 .75rem',
    'padding:.5rem 1rem',
    'font:600 1.125rem/1.3 var(--font-headline)',
    'font:400 1rem/1.5 var(--font-body)',
    'color:#121212',
    'color:var(--ink-muted)',
    'background:#f6f6f6',
    'border-top:1px solid #dcdcdc',
    'gap:.5rem 1rem',
    'grid-template-columns:repeat(4,minmax(0,1fr))',
    'text-decoration:none',
    'position:relative',
    'overflow:hidden',
    'max-width:40rem',
  ]
  const parts = [':root{--font-headline:"Ledger Serif",Georgia,serif;--ink-muted:#707070}']
  let size = parts[0]!.length
  let n = 0
  while (size < bytes) {
    const name = `.c-${random.pick(blocks)}--v${n}`
    const count = random.int(2, 6)
    const body = Array.from({ length: count }, () => random.pick(props)).join(';')
    let rule = `${name} .c-${random.pick(blocks)}__title,${name}:hover{${body}}`
    if (n % 40 === 39) rule = `@media (min-width:${random.int(36, 90)}em){${rule}}`
    parts.push(rule)
    size += rule.length + 1
    n++
  }
  return `<style>\n${parts.join('\n')}\n</style>`
}

/** An inline script of about `bytes` bytes: minified-looking module code. */
function appScript(random: Random, bytes: number): string {
  const parts = ['!function(){"use strict";var e={},t=[];']
  let size = parts[0]!.length
  let n = 0
  while (size < bytes) {
    const a = random.int(10, 999)
    const line =
      `e[${n}]=function(n,r,o){var i=o(${a}),u=r.exports={};` +
      `u.render=function(c){return c&&c.items?c.items.filter(function(x){return x.k!==${a}})` +
      `.map(function(x,j){return i.h("li",{key:x.id,"data-i":j},x.t)}):null};` +
      `u.track=function(v){t.push(["${random.pick(SECTIONS).toLowerCase()}",v,${a}])}};`
    parts.push(line)
    size += line.length
    n++
  }
  parts.push('window.__ledger_modules=e}();')
  return `<script>${parts.join('')}</script>`
}

/** The app's preloaded state as JSON, about `bytes` bytes: teasers, ad and test config. */
function stateScript(random: Random, bytes: number): string {
  const { doc } = generateSyntheticDocument({ seed: 97, minLength: 60_000, id: 'bench-state' })
  const sentences = doc.blocks
    .filter((b) => b.kind === 'paragraph')
    .flatMap((b) => b.text.split(/(?<=\.) /))
  const items: unknown[] = []
  let size = 0
  let n = 0
  while (size < bytes) {
    const headline = teaser(random)
    const item = {
      id: `art-${100000 + n}`,
      headline,
      standfirst: random.pick(sentences),
      url: `${SITE}/${slug(random.pick(SECTIONS))}/2024/${slug(headline)}-${n}`,
      section: random.pick(SECTIONS),
      published: `2024-01-${String(random.int(1, 16)).padStart(2, '0')}T0${random.int(0, 9)}:00:00Z`,
      image: { src: `${SITE}/img/${n}.jpg`, width: 1200, height: 675, alt: headline },
      ab: { bucket: random.int(0, 99), variant: random.chance(0.5) ? 'control' : 'treatment' },
      ad: {
        slot: `inline${random.int(1, 9)}`,
        sizes: [
          [300, 250],
          [728, 90],
        ],
        targeting: { s: 'world' },
      },
    }
    const json = JSON.stringify(item)
    items.push(item)
    size += json.length + 1
    n++
  }
  const state = { page: { id: PATH, type: 'article' }, edition: 'uk', teasers: items }
  return `<script>window.__PRELOADED_STATE__=${JSON.stringify(state)};</script>`
}

// ---- body furniture ---------------------------------------------------------------------

function cookieBanner(): string {
  return `<div id="cmp-consent" class="cookie-consent" role="dialog" aria-label="Cookie consent">
<p>We and our 847 partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, and to analyse our traffic. You can change your choices at any time from “Privacy settings” at the bottom of every page.</p>
<button class="cmp-accept">Accept all</button> <button class="cmp-manage">Manage choices</button>
</div>`
}

function siteHeader(random: Random): string {
  const columns = SECTIONS.map((section) => {
    const links = Array.from({ length: 14 }, () => `<li>${teaserLink(random)}</li>`).join('')
    return `<li class="mega-menu__column"><a href="/${slug(section)}">${section}</a><ul>${links}</ul></li>`
  }).join('\n')
  return `<a class="skip-link" href="#maincontent">Skip to main content</a>
<header class="site-header" role="banner">
<div class="masthead"><a href="/" data-link-name="logo"><span class="visually-hidden">${OUTLET} home</span></a>
<a class="masthead__subscribe" href="/subscribe">Support us</a> <a href="/signin">Sign in</a></div>
<nav class="primary-nav" aria-label="Sections"><ul class="mega-menu">
${columns}
</ul></nav>
<form class="site-search" role="search" action="/search"><input type="search" name="q" placeholder="Search ${OUTLET}"><button>Search</button></form>
</header>
<!-- ad slot: top-above-nav (728x90, 970x250) -->
<div class="ad-slot ad-slot--top" id="dfp-ad--top-above-nav" data-ad-unit="top-above-nav"><p class="ad-label">Advertisement</p></div>`
}

function articleHeader(): string {
  return `<header class="article-header">
<div class="breadcrumbs"><a href="/world">World</a> › <a href="/world/asia">Asia</a></div>
<h1 class="article-headline">${escapeHtml(HEADLINE)}</h1>
<p class="standfirst">Negotiators left the border town without a date for the next round, as traders on both sides count the cost of the closed crossings</p>
<div class="byline">By ${AUTHORS.map((name) => `<a rel="author" href="/profile/${slug(name)}">${name}</a>`).join(' and ')}</div>
<time class="dateline" datetime="2024-01-16T06:00:00Z">Tue 16 Jan 2024 06.00 GMT</time>
<div class="share-tools" aria-label="Share this article"><a href="https://facebook.example/sharer?u=${PAGE_URL}">Share on Facebook</a> <a href="https://x.example/intent?u=${PAGE_URL}">Share on X</a> <a href="mailto:?subject=Border%20talks">Share via Email</a> <button class="copy-link">Copy link</button></div>
</header>
<figure class="article-lead-image"><picture><source srcset="${SITE}/img/2024/01/16/crossing-1200.webp" type="image/webp"><img src="${SITE}/img/2024/01/16/crossing-800.jpg" alt="Lorries queue at a closed crossing" width="800" height="533" loading="lazy"></picture>
<figcaption>Lorries queue at the crossing on Monday, the sixth day it has been closed. Photograph: Staff photographer/${OUTLET}</figcaption></figure>`
}

function commentThread(random: Random, sentences: string[], bytes: number): string {
  const parts: string[] = []
  let size = 0
  let n = 0
  while (size < bytes) {
    const name = `${random.pick(COMMENTER_FIRST)} ${random.pick(COMMENTER_LAST)}`
    const text = Array.from({ length: random.int(1, 4) }, () => random.pick(sentences)).join(' ')
    const reply = n > 0 && random.chance(0.3) ? ' comment--reply' : ''
    const comment = `<li class="comment${reply}" id="comment-${1000 + n}"><div class="comment__meta"><a class="comment__author" href="/user/${slug(name)}">${escapeHtml(name)}</a> <time datetime="2024-01-16T${String(7 + (n % 12)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00Z">${7 + (n % 12)}.${String(n % 60).padStart(2, '0')}</time></div><div class="comment__body"><p>${escapeHtml(text)}</p></div><div class="comment__actions"><button>Reply</button> <button>Recommend (${random.int(0, 240)})</button> <a href="#comment-${1000 + n}">Link</a> <button>Report</button></div></li>`
    parts.push(comment)
    size += comment.length + 1
    n++
  }
  return `<section class="comments" id="comments" aria-label="Comments">
<h2>Comments (${n})</h2>
<p class="comments__rules">Comments on this piece are premoderated to ensure discussion remains on the topics raised by the article.</p>
<ol class="comments__list">
${parts.join('\n')}
</ol></section>`
}

function teaserList(random: Random, heading: string, className: string, count: number): string {
  const items = Array.from({ length: count }, () => `<li>${teaserLink(random)}</li>`).join('')
  return `<section class="${className}"><h2>${heading}</h2><ol>${items}</ol></section>`
}

function sidebar(random: Random): string {
  return `<aside class="sidebar" role="complementary">
${teaserList(random, 'Most read', 'most-read', 10)}
<!-- ad slot: right-mpu (300x250) -->
<div class="ad-slot ad-slot--right" id="dfp-ad--right"><p class="ad-label">Advertisement</p></div>
${teaserList(random, 'Most popular', 'most-popular', 10)}
<div class="newsletter-signup"><h3>Sign up to Frontier Briefing</h3><p>Our morning email breaks down the key stories of the region.</p><form action="/newsletters"><input type="email" name="email"><button>Sign up</button></form></div>
</aside>`
}

function siteFooter(random: Random): string {
  const columns = SECTIONS.map(
    (section) =>
      `<li><a href="/${slug(section)}">${section}</a><ul>${Array.from({ length: 6 }, () => `<li>${teaserLink(random)}</li>`).join('')}</ul></li>`,
  ).join('\n')
  return `<footer class="site-footer" role="contentinfo">
<ul class="footer-sections">
${columns}
</ul>
<ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/terms">Terms and conditions</a></li><li><a href="/contact">Contact us</a></li><li><a href="/complaints">Complaints and corrections</a></li></ul>
<p>© 2024 ${OUTLET} Media Group. All rights reserved.</p>
</footer>`
}

// ---- the article body -------------------------------------------------------------------

/** A paragraph's text with a few links and emphases, as an editor adds them. */
function inlineMarkup(random: Random, text: string): string {
  const words = escapeHtml(text).split(' ')
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (!/^[A-Za-z]{4,}$/.test(word)) continue
    const r = random.next()
    if (r < 0.012)
      words[i] = `<a href="/world/${word.toLowerCase()}" data-link-name="in body link">${word}</a>`
    else if (r < 0.018) words[i] = `<strong>${word}</strong>`
    else if (r < 0.026) words[i] = `<em>${word}</em>`
  }
  return words.join(' ')
}

/** In-body furniture every so many blocks: an advert, a pull quote, a related box, a figure. */
function inBodyFurniture(random: Random, index: number, lastParagraph: string): string {
  if (index % 12 === 11) {
    return `<!-- ad slot: inline${index} -->\n<div class="ad-slot ad-slot--inline" id="dfp-ad--inline${index}" data-ad-unit="inline"><span class="ad-label">Advertisement</span></div>`
  }
  if (index % 45 === 30) {
    const quote = lastParagraph.split(/(?<=\.) /)[0] ?? lastParagraph
    return `<aside class="pull-quote"><blockquote><p>${escapeHtml(quote)}</p></blockquote></aside>`
  }
  if (index % 60 === 20) {
    return `<aside class="related-inline" aria-label="Related stories"><h3>Related</h3><ul><li>${teaserLink(random)}</li><li>${teaserLink(random)}</li></ul></aside>`
  }
  if (index % 90 === 55) {
    return `<figure class="inline-image"><img src="${SITE}/img/2024/01/16/inline-${index}.jpg" alt="" width="620" height="413" loading="lazy"><figcaption>A market near the crossing, where traders say prices have doubled since the closure. Photograph: Agency</figcaption></figure>`
  }
  return ''
}

/**
 * Makes the page. Deterministic for a given size and seed. The article body is added
 * block by block until the page reaches `targetBytes`.
 */
export function makeLargeHtml(options: LargeHtmlOptions = {}): LargeHtml {
  const { targetBytes = 5_000_000, seed = 20240116 } = options
  const random = createRandom(seed)
  const encoder = new TextEncoder()
  const size = (text: string) => encoder.encode(text).length

  const styles = styleSheet(random, Math.round(targetBytes * 0.06))
  const code = appScript(random, Math.round(targetBytes * 0.08))
  const state = stateScript(random, Math.round(targetBytes * 0.16))
  const trailing = appScript(random, Math.round(targetBytes * 0.04))
  const { doc: commentsText } = generateSyntheticDocument({ seed: 131, minLength: 50_000 })
  const commentSentences = commentsText.blocks
    .filter((b) => b.kind === 'paragraph')
    .flatMap((b) => b.text.split(/(?<=\.) /))

  const head = `<!DOCTYPE html>
<!-- saved from url=(${String(PAGE_URL.length).padStart(4, '0')})${PAGE_URL} -->
<html lang="en-GB" class="js-enabled">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(HEADLINE)} | ${OUTLET}</title>
<link rel="canonical" href="${PAGE_URL}">
<link rel="preload" as="font" href="/fonts/ledger-serif.woff2" crossorigin>
<link rel="stylesheet" href="./${slug(HEADLINE)}_files/main.4f2a1c.css">
${metaTags()}
${jsonLd()}
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-LEDGER');</script>
${styles}
${code}
${state}
</head>
<body class="article-page section-world">
${cookieBanner()}
${siteHeader(random)}
<div class="page-grid">
<main id="maincontent">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
${articleHeader()}
<div class="article-body" itemprop="articleBody">
`
  const tail = `
</div>
<div class="article-tags"><h3>Topics</h3><ul><li><a href="/tags/borders">Borders</a></li><li><a href="/tags/trade">Trade</a></li><li><a href="/tags/diplomacy">Diplomacy</a></li></ul></div>
<div class="share-tools share-tools--bottom"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
</article>
${teaserList(random, 'Related articles', 'related-content', 8)}
${commentThread(random, commentSentences, Math.round(targetBytes * 0.1))}
${teaserList(random, 'More from World', 'more-stories', 12)}
</main>
${sidebar(random)}
</div>
${siteFooter(random)}
<!-- /page-grid -->
${trailing}
<script src="./${slug(HEADLINE)}_files/app.9c1e.js" defer></script>
</body>
</html>
`
  const budget = targetBytes - size(head) - size(tail)
  if (budget <= 0) throw new Error(`${targetBytes} bytes leave no room for an article.`)
  // Markup and in-body furniture take about 13% of the body: text of 95% of the budget is
  // enough (the loop below stops when the budget is spent).
  const { doc } = generateSyntheticDocument({ seed, minLength: Math.ceil(budget * 0.95) })
  const body: string[] = []
  let bodyBytes = 0
  let articleChars = 0
  let articleBlocks = 0
  let articleWords = 0
  let lastParagraph = ''
  const push = (html: string) => {
    body.push(html)
    bodyBytes += size(html) + 1
  }
  const blocks = doc.blocks
  for (let i = 0; i < blocks.length && bodyBytes < budget;) {
    const block = blocks[i]!
    if (block.kind === 'listItem') {
      const items: string[] = []
      while (blocks[i]?.kind === 'listItem') {
        items.push(`<li>${inlineMarkup(random, blocks[i]!.text)}</li>`)
        articleChars += blocks[i]!.text.length
        articleWords += wordCount(blocks[i]!.text)
        articleBlocks++
        i++
      }
      push(`<ul>\n${items.join('\n')}\n</ul>`)
    } else {
      const text = block.text
      if (block.kind === 'heading') push(`<h2>${escapeHtml(text)}</h2>`)
      else if (block.kind === 'blockQuote')
        push(`<blockquote><p>${inlineMarkup(random, text)}</p></blockquote>`)
      else {
        push(`<p>${inlineMarkup(random, text)}</p>`)
        lastParagraph = text
      }
      articleChars += text.length
      articleWords += wordCount(text)
      articleBlocks++
      i++
    }
    const furniture = inBodyFurniture(random, articleBlocks, lastParagraph)
    if (furniture) push(furniture)
  }
  if (bodyBytes < budget)
    throw new Error('The synthetic document ran out before the page was full.')
  const html = head + body.join('\n') + tail
  return {
    bytes: encoder.encode(html),
    title: HEADLINE,
    articleChars,
    articleBlocks,
    articleWords,
    scriptStyleBytes: size(styles) + size(code) + size(state) + size(trailing),
  }
}
