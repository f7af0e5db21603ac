import { describe, expect, it } from 'vitest'
import {
  BRIEF_SECTION_KINDS,
  briefFileName,
  emptyBriefSpec,
  includeSection,
  isBriefSectionKind,
  moveSection,
  sectionRows,
} from './brief-spec'

const AT = new Date('2026-11-24T22:30:00Z')

describe('briefFileName', () => {
  it('joins a slug of the title and the export date', () => {
    expect(briefFileName('Border security, Jan 2024', AT)).toBe(
      'border-security-jan-2024-2026-11-24.md',
    )
  })
  it('keeps letters of other scripts and drops characters file systems refuse', () => {
    expect(briefFileName('روابط پاکستان / ایران: "2024"?', AT)).toBe(
      'روابط-پاکستان-ایران-2024-2026-11-24.md',
    )
  })
  it('falls back to "brief" for a title with no letters', () => {
    expect(briefFileName('  ***  ', AT, 'json')).toBe('brief-2026-11-24.json')
  })
  it('keeps long titles to a readable length', () => {
    const name = briefFileName('word '.repeat(100), AT)
    expect(name.length).toBeLessThanOrEqual(80 + '-2026-11-24.md'.length)
    expect(name).not.toMatch(/--|^-|-\./)
  })
})

describe('emptyBriefSpec', () => {
  it('includes every section once, in the default order, with nothing chosen', () => {
    const spec = emptyBriefSpec()
    expect(spec.sections).toEqual(BRIEF_SECTION_KINDS)
    expect(spec.claims).toEqual({ ids: [], tags: [], statuses: [] })
    expect(spec.sections.every(isBriefSectionKind)).toBe(true)
    expect(isBriefSectionKind('appendix')).toBe(false)
  })
})

describe('section order', () => {
  it('lists included sections in their order, then the left-out ones in the default order', () => {
    expect(sectionRows(['sources', 'claims'])).toEqual([
      { kind: 'sources', included: true },
      { kind: 'claims', included: true },
      { kind: 'summary', included: false },
      { kind: 'timelines', included: false },
      { kind: 'highlights', included: false },
    ])
  })

  it('moves a section among the included ones and not past either end', () => {
    expect(moveSection(['summary', 'claims', 'sources'], 'sources', -1)).toEqual([
      'summary',
      'sources',
      'claims',
    ])
    expect(moveSection(['summary', 'claims'], 'summary', -1)).toEqual(['summary', 'claims'])
    expect(moveSection(['summary', 'claims'], 'claims', 1)).toEqual(['summary', 'claims'])
    expect(moveSection(['summary'], 'claims', 1)).toEqual(['summary'])
  })

  it('includes a section after the others and leaves one out', () => {
    expect(includeSection(['claims', 'sources'], 'summary', true)).toEqual([
      'claims',
      'sources',
      'summary',
    ])
    expect(includeSection(['claims', 'sources'], 'claims', false)).toEqual(['sources'])
    expect(includeSection(['claims'], 'claims', true)).toEqual(['claims'])
  })
})
