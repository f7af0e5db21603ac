import { describe, expect, it } from 'vitest'
import type { DocumentMeta } from '../corpus/document-model'
import {
  bibliographyAuthors,
  bibliographyEntry,
  sourceShortName,
  UNKNOWN_SOURCE,
} from './bibliography'
import { FIXTURE_DOCUMENTS } from './fixtures/fixture-workspace'

const [yousaf, tahir, tahanut] = FIXTURE_DOCUMENTS as [DocumentMeta, DocumentMeta, DocumentMeta]

describe('bibliographyEntry', () => {
  it('gives authors, title, outlet, date with how it is known, and genre', () => {
    expect(bibliographyEntry(yousaf)).toBe(
      "Yousaf, S., 'Pakistan-Iran Relations: Seeking Stability', The Diplomatic Insight, c. Feb 2024 (inferred), analysis",
    )
  })

  it('leaves out what is not known and says n.d. without a date', () => {
    expect(bibliographyEntry(tahir)).toBe(
      "Tahir, S., 'Pakistan and Iran: The way forward', 3 Feb 2024, analysis",
    )
    expect(bibliographyEntry({ ...tahir, authors: [], published: null, genre: '' })).toBe(
      "'Pakistan and Iran: The way forward', n.d.",
    )
  })
})

describe('bibliographyAuthors', () => {
  it('names every author, unlike a citation', () => {
    expect(bibliographyAuthors(tahanut.authors)).toBe(
      'Fakhar, S., Abdullah, M., Ahmad, H.M. and Jameel, R.',
    )
    expect(bibliographyAuthors(['A B', 'C D'])).toBe('B, A. and D, C.')
    expect(bibliographyAuthors([])).toBe('')
  })
})

describe('sourceShortName', () => {
  it('names a source by its cited authors, else its title, else as unknown', () => {
    expect(sourceShortName(tahanut)).toBe('Fakhar, S. et al.')
    expect(sourceShortName({ ...yousaf, authors: [] })).toBe(
      "'Pakistan-Iran Relations: Seeking Stability'",
    )
    expect(sourceShortName(undefined)).toBe(UNKNOWN_SOURCE)
  })
})
