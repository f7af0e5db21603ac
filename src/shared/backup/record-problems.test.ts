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

describe('recordProblems, settings', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 'leaf'
    for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { a: value }
    return value
  }

  it('accepts a setting value 64 levels deep and refuses one deeper, by key', () => {
    const { tables } = sampleBackup()
    tables.settings = [
      { key: 'deep-enough', value: nested(64), updatedAt: 1 },
      { key: 'too deep', value: nested(65), updatedAt: 1 },
    ]
    expect(recordProblems(tables)).toEqual([
      {
        kind: 'too-deep',
        message:
          'settings[1] (key "too deep"): the value is nested more than 64 levels deep, deeper than Casefile can store.',
      },
    ])
  })

  it('walks a value 100,000 levels deep without recursing', () => {
    const { tables } = sampleBackup()
    tables.settings = [{ key: 'x', value: nested(100_000), updatedAt: 1 }]
    expect(recordProblems(tables).map((problem) => problem.kind)).toEqual(['too-deep'])
  })
})
