import { describe, expect, it } from 'vitest'
import { assembleBrief } from './assemble-brief'
import { briefTree, EMPTY_SECTION_TEXT } from './brief-mdast'
import type { BriefSpec } from './brief-spec'
import { FIXTURE_META, FIXTURE_SPEC, FIXTURE_WORKSPACE } from './fixtures/fixture-workspace'
import { nodesOfType, plainText, sectionBlocks } from './fixtures/read-brief'

function treeOf(spec: BriefSpec) {
  return briefTree(assembleBrief(spec, FIXTURE_WORKSPACE), spec, FIXTURE_META)
}

describe('briefTree', () => {
  const tree = treeOf(FIXTURE_SPEC)

  it('opens with front matter (the title) and a byline, and ends with the footnote definitions', () => {
    expect(tree.children[0]?.type).toBe('yaml')
    expect(nodesOfType(tree, 'heading').filter((h) => h.depth === 1)).toEqual([])
    expect(plainText(tree.children[1]!)).toBe(
      'By J. Analyst, South Asia desk · exported 24 Nov 2026 from Casefile 0.1.0',
    )
    const anonymous = treeOf({ ...FIXTURE_SPEC, author: ' ' })
    expect(plainText(anonymous.children[1]!)).toBe('Exported 24 Nov 2026 from Casefile 0.1.0')
    const firstDefinition = tree.children.findIndex((n) => n.type === 'footnoteDefinition')
    expect(tree.children.slice(firstDefinition).every((n) => n.type === 'footnoteDefinition')).toBe(
      true,
    )
  })

  it('reuses one footnote for quotes from the same source and ¶ span', () => {
    const byHighlight = new Map<string, string>()
    for (const quote of nodesOfType(tree, 'blockquote')) {
      const id = nodesOfType(quote, 'footnoteReference')[0]!.identifier
      byHighlight.set(plainText(quote).slice(0, 40), id)
    }
    // Yousaf ¶3 is quoted three times (two claims, one event): one footnote.
    const yousafThree = [...byHighlight].filter(([text]) => text.startsWith('On January 16, Iran'))
    expect(new Set(yousafThree.map(([, id]) => id)).size).toBe(1)
    const references = nodesOfType(tree, 'footnoteReference')
    const definitions = nodesOfType(tree, 'footnoteDefinition')
    expect(references.length).toBeGreaterThan(definitions.length)
  })

  it('numbers footnotes in order of first use, so moving a section renumbers them', () => {
    const first = (spec: BriefSpec) =>
      plainText(nodesOfType(treeOf(spec), 'footnoteDefinition')[0]!)
    expect(first(FIXTURE_SPEC)).toMatch(/^Fakhar, S. et al\., .*¶25$/)
    expect(first({ ...FIXTURE_SPEC, sections: ['timelines', 'claims'] })).toMatch(
      /^Shakil, F\.M\., .*¶2$/,
    )
  })

  it('keeps a chosen section that nothing matches, saying so', () => {
    const empty = treeOf({
      ...FIXTURE_SPEC,
      claims: { ids: [], tags: [], statuses: [] },
      timelineIds: [],
    })
    expect(sectionBlocks(empty, 'Claims').map(plainText)).toEqual([EMPTY_SECTION_TEXT.claims])
    expect(sectionBlocks(empty, 'Timelines').map(plainText)).toEqual([EMPTY_SECTION_TEXT.timelines])
  })

  it('marks a date conflict with what each source states', () => {
    const timelines = sectionBlocks(tree, 'Timelines').map(plainText).join('\n')
    expect(timelines).toContain(
      '⚠ Date conflict: sources state 16 Jan 2024 (Yousaf, S.), 16 Jan 2024 (Fakhar, S. et al.) and 1–10 Jan 2024 (Tahir, S.)',
    )
  })

  it('puts analyst text in text nodes, never parsed as Markdown', () => {
    const hostile = treeOf({ ...FIXTURE_SPEC, author: '# <script>x</script> *t*' })
    expect(hostile.children[1]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', value: expect.stringContaining('# <script>x</script> *t*') }],
    })
  })

  it('names headings markdownlint accepts: no end punctuation, none alike, none too long', () => {
    const long = 'The strikes ended cooperation on border security, say three of the four sources.'
    const workspace = {
      ...FIXTURE_WORKSPACE,
      claims: FIXTURE_WORKSPACE.claims.map((claim, i) => ({
        ...claim,
        statement: i === 0 ? long : 'Claims!',
      })),
    }
    const spec = { ...FIXTURE_SPEC, summary: '# Claims\n\n## Gaps' }
    const named = briefTree(assembleBrief(spec, workspace), spec, FIXTURE_META)
    const headings = nodesOfType(named, 'heading').map((h) => [h.depth, plainText(h)])
    expect(headings).toEqual(
      expect.arrayContaining([
        [3, 'Claims (2)'],
        [4, 'Gaps'],
        [3, 'The strikes ended cooperation on border security, say three of the four…'],
        [3, 'Claims (3)'],
      ]),
    )
    // The heading that had to be cut is followed by the whole statement.
    const cutAt = named.children.findIndex((n) => plainText(n).endsWith('four…'))
    expect(plainText(named.children[cutAt + 1]!)).toBe(long)
  })
})
