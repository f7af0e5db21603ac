import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadCorpus } from './load-corpus'

function curated(
  id: string,
  title: string,
  body = 'First paragraph.\n\nSecond paragraph.',
): string {
  return [
    '---',
    `id: ${id}`,
    `title: '${title}'`,
    'authors:',
    '  - A. Writer',
    'outlet: The Daily',
    'published:',
    '  year: 2024',
    '  month: 2',
    '  approximate: false',
    '  basis: stated',
    '  note: In the byline.',
    'genre: analysis',
    'raw: 000_raw.txt',
    '---',
    '',
    body,
    '',
  ].join('\n')
}

let dir: string
let lines: string[]
const log = (line: string) => lines.push(line)

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-corpus-'))
  lines = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('loadCorpus', () => {
  it('loads every .md but README.md, in file-name order', () => {
    writeFileSync(join(dir, 'b.md'), curated('beta', 'Beta'))
    writeFileSync(join(dir, 'a.md'), curated('alpha', 'Alpha'))
    writeFileSync(join(dir, 'README.md'), '# Notes on mends\n')
    writeFileSync(join(dir, 'notes.txt'), 'not a source')

    const corpus = loadCorpus(dir, log)

    expect(corpus.size).toBe(2)
    expect(corpus.list().map((s) => s.meta.id)).toEqual(['alpha', 'beta'])
    expect(corpus.list()[0]).toMatchObject({ wordCount: 4, paragraphCount: 2 })
    expect(corpus.get('beta')?.text).toBe('First paragraph.\n\nSecond paragraph.')
    expect(corpus.get('gamma')).toBeUndefined()
    expect(lines).toEqual([])
  })

  it('skips a malformed file with one line naming the file and field, keeping the rest', () => {
    writeFileSync(join(dir, 'good.md'), curated('good', 'Good'))
    writeFileSync(join(dir, 'no-title.md'), curated('no-title', 'x').replace(/^title:.*\n/m, ''))
    writeFileSync(join(dir, 'no-fence.md'), 'Just text, no front matter.\n')
    writeFileSync(join(dir, 'empty-body.md'), curated('empty-body', 'Empty', ''))

    const corpus = loadCorpus(dir, log)

    expect(corpus.list().map((s) => s.meta.id)).toEqual(['good'])
    expect(lines).toEqual([
      '[corpus] skipped empty-body.md: body: has no text',
      '[corpus] skipped no-fence.md: front matter: the file must start with a --- fenced YAML block',
      '[corpus] skipped no-title.md: title: is missing',
    ])
    expect(corpus.skipped.map((s) => s.file)).toEqual([
      'empty-body.md',
      'no-fence.md',
      'no-title.md',
    ])
  })

  it('keeps the first of two files with the same id and reports the second', () => {
    writeFileSync(join(dir, 'a.md'), curated('same', 'First'))
    writeFileSync(join(dir, 'b.md'), curated('same', 'Second'))

    const corpus = loadCorpus(dir, log)

    expect(corpus.size).toBe(1)
    expect(corpus.get('same')?.meta.title).toBe('First')
    expect(lines).toEqual(['[corpus] skipped b.md: id: "same" is already used by a.md'])
  })

  it('reports an unreadable entry and carries on', () => {
    mkdirSync(join(dir, 'folder.md'))
    writeFileSync(join(dir, 'ok.md'), curated('ok', 'Ok'))

    const corpus = loadCorpus(dir, log)

    expect(corpus.size).toBe(1)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^\[corpus\] skipped folder\.md: /)
  })

  it('gives an empty library, with one line, when the folder is missing', () => {
    const corpus = loadCorpus(join(dir, 'nowhere'), log)
    expect(corpus.size).toBe(0)
    expect(corpus.list()).toEqual([])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('could not read the corpus folder')
  })

  it('hands out copies of the summary list', () => {
    writeFileSync(join(dir, 'a.md'), curated('alpha', 'Alpha'))
    const corpus = loadCorpus(dir, log)
    corpus.list().pop()
    expect(corpus.list()).toHaveLength(1)
  })
})

const realDir = resolve('resources/corpus')
const realFiles = existsSync(realDir)
  ? readdirSync(realDir).filter((name) => name.endsWith('.md') && name !== 'README.md')
  : []

describe.skipIf(realFiles.length === 0)('the bundled resources/corpus', () => {
  it('loads every curated file without a problem, with unique ids', () => {
    const problems: string[] = []
    const corpus = loadCorpus(realDir, (line) => problems.push(line))
    expect(problems).toEqual([])
    expect(corpus.size).toBe(realFiles.length)
    for (const summary of corpus.list()) {
      const doc = corpus.get(summary.meta.id)
      expect(doc?.rev).toBe(summary.rev)
      expect(summary.paragraphCount).toBeGreaterThan(0)
    }
  })
})
