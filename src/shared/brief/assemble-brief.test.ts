import { describe, expect, it } from 'vitest'
import { assembleBrief, gradeWords, selectClaims } from './assemble-brief'
import type { BriefSpec } from './brief-spec'
import type { BriefWorkspace } from './brief-workspace'
import { FIXTURE_SPEC, FIXTURE_WORKSPACE, MISSING_DOC } from './fixtures/fixture-workspace'
import { contentQuotes } from './fixtures/read-brief'
import { syntheticBrief } from './fixtures/synthetic-workspace'

function spec(changes: Partial<BriefSpec>): BriefSpec {
  return { ...FIXTURE_SPEC, ...changes }
}

describe('selectClaims', () => {
  const claims = FIXTURE_WORKSPACE.claims

  it('takes the union of picked ids, tags (any case) and statuses, picked ones first', () => {
    const picked = selectClaims(
      { ids: ['c-strikes'], tags: ['BORDER'], statuses: ['unverified'] },
      claims,
    )
    expect(picked.map((c) => c.id)).toEqual(['c-strikes', 'c-not-chosen', 'c-cooperation'])
  })

  it('skips ids of claims deleted since the brief was saved, and repeats none', () => {
    const picked = selectClaims(
      { ids: ['gone', 'c-cooperation', 'c-cooperation'], tags: ['border'], statuses: [] },
      claims,
    )
    expect(picked.map((c) => c.id)).toEqual(['c-cooperation'])
  })

  it('selects nothing from an empty selection', () => {
    expect(selectClaims({ ids: [], tags: [], statuses: [] }, claims)).toEqual([])
  })
})

describe('assembleBrief', () => {
  const content = assembleBrief(FIXTURE_SPEC, FIXTURE_WORKSPACE)

  it('describes each claim with its status, confidence and independent sources', () => {
    expect(
      content.claims.map((c) => [c.statement, c.status, c.confidence, c.independentSources]),
    ).toEqual([
      [
        'The January 2024 strikes ended Pakistan–Iran cooperation on border security',
        'Contested',
        'Unlikely (20–45%)',
        3,
      ],
      [
        'Iran struck Jaish al-Adl targets in Balochistan on 16 January 2024',
        'Supported',
        'Almost certain (95–99%)',
        2,
      ],
    ])
  })

  it('groups evidence by stance, sources oldest first, with grades and citations', () => {
    const [cooperation] = content.claims
    expect(cooperation!.stances.map((g) => [g.label, g.entries.map((e) => e.evidenceId)])).toEqual([
      ['Supports', ['e1']],
      // Yousaf (c. Feb 2024) is dated from 1 Feb, so before Tahir (3 Feb 2024).
      ['Contradicts', ['e3', 'e2']],
      ['Context', ['e4']],
    ])
    const contradicts = cooperation!.stances[1]!.entries
    expect(contradicts.map((e) => [e.grade, e.quote.cite.text])).toEqual([
      [
        'C2',
        "Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability', The Diplomatic Insight, c. Feb 2024, ¶11",
      ],
      ['–2', "Tahir, S., 'Pakistan and Iran: The way forward', 3 Feb 2024, ¶7"],
    ])
  })

  it('orders a timeline chronologically, resolving relative dates and marking conflicts', () => {
    const [timeline] = content.timelines
    expect(content.timelines).toHaveLength(1)
    expect(timeline!.events.map((e) => [e.date, e.precision])).toEqual([
      ['c. Jul 2023', ['month', 'approximate']],
      ['16 Jan 2024', ['day']],
      ['18 Jan 2024', ['day', '2 days after Iranian missile strikes in Balochistan']],
      ['29 Jan 2024', ['day']],
    ])
    expect(timeline!.events[1]!.conflict).toEqual([
      { date: '16 Jan 2024', source: 'Yousaf, S.' },
      { date: '16 Jan 2024', source: 'Fakhar, S. et al.' },
      { date: '1–10 Jan 2024', source: 'Tahir, S.' },
    ])
    expect(timeline!.events.filter((e) => e.conflict).map((e) => e.id)).toEqual(['ev-strikes'])
  })

  it('resolves a relative date through an event on a timeline the brief leaves out', () => {
    const workspace: BriefWorkspace = {
      ...FIXTURE_WORKSPACE,
      events: [
        ...FIXTURE_WORKSPACE.events,
        {
          id: 'ev-week-after-kerman',
          timelineId: 'tl-strikes',
          title: 'A week after Kerman',
          note: '',
          tags: [],
          date: {
            kind: 'relative',
            eventId: 'ev-other',
            offset: { amount: 1, unit: 'week' },
            approximate: true,
          },
          sources: [],
        },
      ],
    }
    const events = assembleBrief(FIXTURE_SPEC, workspace).timelines[0]!.events
    const added = events.find((e) => e.id === 'ev-week-after-kerman')!
    expect(added.date).toBe('c. 10 Jan 2024')
    expect(events.map((e) => e.id).indexOf('ev-week-after-kerman')).toBe(1)
  })

  it('groups chosen highlights by source in reading order, unknown sources last', () => {
    expect(
      content.highlights.map((s) => [s.title, s.entries.map((e) => e.quote.highlightId)]),
    ).toEqual([
      ['Pakistan-Iran Relations: Seeking Stability', ['h-liaison-yousaf', 'h-vows']],
      ['Pakistan and Iran: The way forward', ['h-liaison-tahir']],
      ['Pak-Iran Relations amid Recent Developments: Implications and Way Forward', ['h-dialogue']],
      ['Unknown source', ['h-orphan']],
    ])
    expect(content.highlights[0]!.entries.map((e) => e.colorName)).toEqual(['key', 'check'])
  })

  it('cites a passage of a deleted source as "Unknown source" and leaves it out of Sources', () => {
    const orphan = contentQuotes(content).find((q) => q.cite.docId === MISSING_DOC)!
    expect(orphan.cite.text).toBe('Unknown source')
    expect(content.sources.map((s) => s.docId)).not.toContain(MISSING_DOC)
  })

  it('lists each cited source once, by author, and only sources the included sections cite', () => {
    expect(content.sources.map((s) => s.meta.authors[0])).toEqual([
      'Sehar Fakhar',
      'F.M. Shakil',
      'Saddam Tahir',
      'Samiha Yousaf',
    ])
    const claimsOnly = assembleBrief(spec({ sections: ['claims', 'sources'] }), FIXTURE_WORKSPACE)
    expect(claimsOnly.timelines).toEqual([])
    expect(claimsOnly.highlights).toEqual([])
    expect(claimsOnly.sources.map((s) => s.meta.authors[0])).toEqual([
      'Sehar Fakhar',
      'Saddam Tahir',
      'Samiha Yousaf',
    ])
  })

  it('includes no highlights when neither a tag nor a colour is chosen', () => {
    const none = assembleBrief(spec({ highlights: { tags: [], colors: [] } }), FIXTURE_WORKSPACE)
    expect(none.highlights).toEqual([])
  })

  it('skips evidence whose highlight has been deleted', () => {
    const workspace = {
      ...FIXTURE_WORKSPACE,
      passages: FIXTURE_WORKSPACE.passages.filter((p) => p.highlightId !== 'h-trust'),
    }
    const claim = assembleBrief(FIXTURE_SPEC, workspace).claims[0]!
    expect(claim.stances.map((g) => g.label)).toEqual(['Contradicts', 'Context'])
  })

  it('assembles ten thousand cited passages with one entry per evidence link', () => {
    const { spec: big, workspace } = syntheticBrief({
      claims: 1000,
      evidencePerClaim: 10,
      sources: 200,
    })
    const assembled = assembleBrief(big, workspace)
    expect(contentQuotes(assembled)).toHaveLength(10_000)
    expect(assembled.sources).toHaveLength(200)
  })
})

describe('gradeWords', () => {
  it('says both halves of a grade, and which half is not graded', () => {
    expect(gradeWords('B', 2)).toBe('source usually reliable; information probably true')
    expect(gradeWords(null, 4)).toBe('source not graded; information doubtful')
    expect(gradeWords(null, null)).toBe('')
  })
})
