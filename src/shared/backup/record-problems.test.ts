import { describe, expect, it } from 'vitest'
import { recordProblems } from './record-problems'
import { sampleBackup } from './sample-backup'

describe('recordProblems', () => {
  it('finds nothing wrong in rows the app wrote', () => {
    expect(recordProblems(sampleBackup().tables)).toEqual([])
  })

  it('refuses a highlight whose passage ends before it starts, by row and id', () => {
    const { tables } = sampleBackup()
    tables.highlights[1]!.selectors.position = { start: 9, end: 5 }
    expect(recordProblems(tables)).toEqual([
      {
        kind: 'shape',
        message: 'highlights[1] (id h2): selectors.position ends at 5, before it starts at 9.',
      },
    ])
  })

  it('accepts an empty passage (start equal to end)', () => {
    const { tables } = sampleBackup()
    tables.highlights[0]!.selectors.position = { start: 4, end: 4 }
    expect(recordProblems(tables)).toEqual([])
  })
})
