import { describe, expect, it } from 'vitest'
import {
  cleanRunText,
  findGutter,
  groupLines,
  joinRuns,
  readingSegments,
  type PdfRun,
} from './pdf-lines'

/** A run of text set in a font whose characters are half the size wide. */
function run(str: string, x: number, y: number, size = 10): PdfRun {
  return { str, x, y, width: str.length * size * 0.5, height: size, fontName: 'f1' }
}

describe('groupLines', () => {
  it('orders lines top first and runs left to right, whatever order they came in', () => {
    const lines = groupLines([run('world', 40, 700), run('second', 10, 686), run('hello', 10, 700)])
    expect(lines.map((line) => line.text)).toEqual(['hello world', 'second'])
  })

  it('keeps a raised note marker on its line', () => {
    const lines = groupLines([
      run('The claim', 10, 700),
      run('3', 55, 703, 6),
      run('next', 10, 686),
    ])
    expect(lines.map((line) => line.text)).toEqual(['The claim 3', 'next'])
    expect(lines[0]!.size).toBe(10)
  })

  it('drops runs of only whitespace', () => {
    expect(groupLines([run('  ', 10, 700), run('text', 10, 686)]).map((l) => l.text)).toEqual([
      'text',
    ])
  })
})

describe('joinRuns', () => {
  it('puts a space at a gap and none at kerning inside a word', () => {
    expect(joinRuns([run('Hel', 10, 0), run('lo', 25.5, 0), run('there', 40, 0)])).toBe(
      'Hello there',
    )
  })

  it('does not double spaces the runs bring', () => {
    expect(joinRuns([run('one ', 10, 0), run(' two', 40, 0)])).toBe('one two')
  })
})

describe('cleanRunText', () => {
  it('spells out ligatures and folds odd spaces', () => {
    expect(cleanRunText('ﬁnal\u00A0\u00A0ﬂow')).toBe('final flow')
  })
})

function twoColumnPage(): PdfRun[] {
  const runs: PdfRun[] = [run('A title that runs over both of the columns here', 50, 800, 16)]
  for (let index = 0; index < 8; index++) {
    const y = 760 - index * 12
    runs.push(run(`left column line ${index} words`, 50, y))
    runs.push(run(`right column line ${index} text`, 320, y))
  }
  return runs
}

describe('findGutter', () => {
  it('finds the strip between two columns', () => {
    const gutter = findGutter(twoColumnPage())
    expect(gutter).not.toBeNull()
    expect(gutter!.left).toBeGreaterThanOrEqual(170)
    expect(gutter!.right).toBeLessThanOrEqual(320)
  })

  it('finds none in a single column of ragged lines', () => {
    const runs = Array.from({ length: 12 }, (_, index) =>
      run(`a line of prose number ${index} that is long enough to cross`, 50, 700 - index * 12),
    )
    expect(findGutter(runs)).toBeNull()
  })

  it('finds none in a narrow label column beside values (a form is not two columns)', () => {
    const runs = Array.from({ length: 6 }, (_, index) => [
      run('Name:', 50, 700 - index * 12),
      run('a value that is much longer than its label, as values are', 200, 700 - index * 12),
    ]).flat()
    expect(findGutter(runs)).toBeNull()
  })
})

describe('readingSegments', () => {
  it('reads the title, then the left column, then the right column', () => {
    const segments = readingSegments(twoColumnPage())
    expect(segments.map((lines) => lines[0]!.text)).toEqual([
      'A title that runs over both of the columns here',
      'left column line 0 words',
      'right column line 0 text',
    ])
    expect(segments[1]).toHaveLength(8)
    expect(segments[2]!.at(-1)!.text).toBe('right column line 7 text')
  })

  it('gives a single column as one segment', () => {
    const segments = readingSegments([run('one', 50, 700), run('two', 50, 688)])
    expect(segments).toHaveLength(1)
  })
})
