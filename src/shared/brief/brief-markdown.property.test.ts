import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assembleBrief } from './assemble-brief'
import { serializeBrief } from './brief-markdown'
import { briefTree } from './brief-mdast'
import type { BriefSpec } from './brief-spec'
import { singleLine } from './brief-text'
import type { BriefPassage, BriefWorkspace } from './brief-workspace'
import { expectFootnotesComplete, expectQuotesSurvive } from './fixtures/brief-expectations'
import { lintFindings } from './fixtures/lint-brief'
import {
  frontMatterData,
  nodesOfType,
  parseWithRemark,
  plainText,
  sectionBlocks,
} from './fixtures/read-brief'
import { FIXTURE_META } from './fixtures/fixture-workspace'
import { isSafeLinkUrl } from './summary-markdown'

/** Strings that mean something in Markdown, HTML, YAML or UTF-16. */
const NASTIES = [
  '*bold*',
  '**',
  '_a_',
  '# h',
  '#',
  '| a | b |',
  '|',
  '[x](javascript:alert(1))',
  '![i](x)',
  '[x]: http://y',
  '```',
  '~~~',
  '`',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- c -->',
  '<',
  '[^1]',
  '[^1]: x',
  '\\',
  '---',
  '===',
  '1. item',
  '1) item',
  '- item',
  '+ item',
  '> q',
  '&amp;',
  '&#x41;',
  '$x$',
  'http://example.com',
  'www.example.com',
  'a@b.co',
  '  padded  ',
  '\ttab',
  '    code',
  'a\r\nb',
  'a\rb',
  'a\n\nb',
  'a  \nb',
  '\n',
  '\u0000',
  '\uD800',
  '\uDC00x',
  'x\uD83D',
  '\u00A0',
  "'",
  '"',
  ': x',
  '- [ ] task',
]

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...NASTIES),
  fc
    .array(fc.oneof(fc.constantFrom(...NASTIES), fc.string({ maxLength: 4 })), { maxLength: 5 })
    .map((parts) => parts.join('')),
)

const DOC_IDS = ['doc-a', 'doc-b', 'doc-missing']

const workspaceArb = fc
  .record({
    titles: fc.array(hostile, { minLength: 2, maxLength: 2 }),
    authors: fc.array(hostile, { maxLength: 3 }),
    outlet: fc.option(hostile, { nil: null }),
    passages: fc.array(
      fc.record({
        doc: fc.constantFrom(...DOC_IDS),
        quote: hostile,
        note: hostile,
        tags: fc.array(hostile, { maxLength: 2 }),
        color: fc.constantFrom('yellow', 'pink'),
        first: fc.integer({ min: 1, max: 4 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    statement: hostile,
    claimNote: hostile,
    evidenceNote: hostile,
    timelineTitle: hostile,
    description: hostile,
    eventTitle: hostile,
    eventNote: hostile,
    colorName: hostile,
  })
  .map((w): BriefWorkspace => {
    const passages = w.passages.map((p, i): BriefPassage => ({
      highlightId: `h${i}`,
      docId: p.doc,
      quote: p.quote,
      span: { first: p.first, last: p.first },
      color: p.color,
      note: p.note,
      tags: p.tags,
      createdAt: i,
    }))
    return {
      documents: ['doc-a', 'doc-b'].map((id, i) => ({
        id,
        title: w.titles[i]!,
        authors: w.authors,
        outlet: w.outlet,
        published: { year: 2024, month: 2, approximate: true, basis: 'inferred', note: '' },
        genre: w.titles[1 - i]!,
        raw: '',
        authorNote: null,
      })),
      passages,
      claims: [
        {
          id: 'c1',
          statement: w.statement,
          status: 'contested',
          confidence: 'likely',
          note: w.claimNote,
          tags: [],
          updatedAt: 0,
        },
      ],
      evidence: passages.map((p, i) => ({
        id: `e${i}`,
        claimId: 'c1',
        highlightId: p.highlightId,
        docId: p.docId,
        stance: (['supports', 'contradicts', 'context'] as const)[i % 3]!,
        credibility: i % 2 === 0 ? 2 : null,
        note: w.evidenceNote,
      })),
      sourceGrades: [{ docId: 'doc-a', reliability: 'B' }],
      timelines: [{ id: 't1', title: w.timelineTitle, description: w.description }],
      events: [
        {
          id: 'ev1',
          timelineId: 't1',
          title: w.eventTitle,
          note: w.eventNote,
          tags: [],
          date: { kind: 'point', date: { year: 2024, month: 1, day: 16, approximate: false } },
          sources: passages.map((p) => ({
            highlightId: p.highlightId,
            docId: p.docId,
            stated: null,
          })),
        },
      ],
      colorNames: { yellow: w.colorName },
    }
  })

const specArb = fc
  .record({ title: hostile, author: hostile, summary: hostile })
  .map((s): BriefSpec => ({
    ...s,
    sections: ['summary', 'claims', 'timelines', 'highlights', 'sources'],
    claims: { ids: ['c1'], tags: [], statuses: [] },
    timelineIds: ['t1'],
    highlights: { tags: [], colors: ['yellow', 'pink'] },
  }))

/** Hostile text as an analyst would write it to mean just that text in Markdown. */
const literal = hostile.map(
  (value) =>
    value
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[!-/:-@[-`{-~]/g, '\\$&') || 'text',
)

const URLS = [
  'https://example.com/a_(b)',
  'mailto:desk@example.com',
  '#claims',
  'javascript:alert(1)',
  'data:text/html,x',
  '//example.com/x.png',
]

/**
 * Summaries made of the Markdown an analyst writes (headings of any level, paragraphs,
 * lists, quotes, links, images, emphasis) around hostile text. What markdownlint would
 * reject in the analyst's own Markdown as a matter of style (a paragraph of only
 * emphasis, two block quotes with a blank line between, fenced code without a language,
 * long table rows) is written as the analyst wrote it, so it is not generated here.
 */
const lintableSummaryArb = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 6 }), literal)
        .map(([level, t]) => `${'#'.repeat(level)} ${t}`),
      fc.array(literal, { minLength: 1, maxLength: 12 }).map((words) => words.join(' ')),
      literal.map((t) => `- ${t}\n- ${t} ${t}`),
      literal.map((t) => `> ${t}\n\n${t}`),
      fc.tuple(literal, fc.constantFrom(...URLS)).map(([t, url]) => `See [${t}](${url}) now.`),
      fc.tuple(literal, fc.constantFrom(...URLS)).map(([t, url]) => `An image ![${t}](${url}).`),
      literal.map((t) => `Some **${t}** and _${t}_ text.`),
    ),
    { maxLength: 8 },
  )
  .map((blocks) => blocks.join('\n\n'))

describe('briefMarkdown with hostile text', () => {
  it('parses, renders no HTML, keeps every quote and every footnote, and escapes headings', () => {
    fc.assert(
      fc.property(specArb, workspaceArb, (spec, workspace) => {
        const content = assembleBrief(spec, workspace)
        const tree = briefTree(content, spec, FIXTURE_META)
        const markdown = serializeBrief(tree)
        // The faster escaping is an optimisation only: it must change no byte.
        expect(markdown).toBe(serializeBrief(tree, true))

        const parsed = parseWithRemark(markdown)
        expect(nodesOfType(parsed, 'html')).toEqual([])
        // Nothing to run or fetch: links to the web, mail or the brief only, no images.
        expect(nodesOfType(parsed, 'link').filter((link) => !isSafeLinkUrl(link.url))).toEqual([])
        expect(nodesOfType(parsed, 'image')).toEqual([])
        expectQuotesSurvive(markdown, content)
        expectFootnotesComplete(markdown)

        const title = singleLine(spec.title) || 'Untitled brief'
        expect(frontMatterData(parsed)).toMatchObject({ title, date: '2026-11-24' })
        // The front matter's title is the brief's one title (MD025): no heading repeats it.
        expect(nodesOfType(parsed, 'heading').filter((h) => h.depth === 1)).toEqual([])
        // A statement or title reads in full under its section, as a heading or below it.
        const readable = (label: string, value: string) =>
          expect(sectionBlocks(parsed, label).map(plainText).join('\n')).toContain(
            singleLine(value).replace(/[\s.,;:!。，；：！]+$/u, ''),
          )
        readable('Claims', workspace.claims[0]!.statement)
        readable('Timelines', workspace.timelines[0]!.title)
      }),
      { numRuns: 200 },
    )
  }, 60_000)

  it('passes markdownlint with its default rules', () => {
    fc.assert(
      fc.property(specArb, lintableSummaryArb, workspaceArb, (anySpec, summary, workspace) => {
        const spec = { ...anySpec, summary }
        const markdown = serializeBrief(
          briefTree(assembleBrief(spec, workspace), spec, FIXTURE_META),
        )
        expect(lintFindings(markdown)).toEqual([])
      }),
      { numRuns: 60 },
    )
  }, 60_000)
})
