import { describe, expect, it } from 'vitest'
import { reanchorReport } from './reanchor-report'

describe('reanchorReport', () => {
  it('says how many highlights found their passage, and where the others went', () => {
    expect(reanchorReport(10, 0, 0)).toBe('10 of 10 highlights found their passage again.')
    expect(reanchorReport(7, 1, 2)).toBe(
      '7 of 10 highlights found their passage again; 1 is placed where the text is similar: check it; 2 could not be placed and are listed under Orphaned highlights.',
    )
    expect(reanchorReport(1, 0, 1)).toBe(
      '1 of 2 highlights found their passage again; 1 could not be placed and is listed under Orphaned highlights.',
    )
    expect(reanchorReport(0, 0, 0)).toBe('It had no highlights.')
  })
})
