import { describe, expect, it } from 'vitest'
import { emptyHints, type ExtractedDocument } from '@shared/import/extracted'
import {
  EMPTY_QUEUE,
  importReducer,
  nextToRead,
  nextToReview,
  queueSummary,
  type ImportAction,
  type ImportQueue,
} from './import-queue'

const bytes = new TextEncoder().encode('Some text.')
const extracted = (fileName: string): ExtractedDocument => ({
  format: 'text',
  fileName,
  blocks: [{ kind: 'paragraph', level: 0, text: 'Some text.', marks: [] }],
  hints: { ...emptyHints(), title: 'A report', authors: ['A. Writer', 'B. Writer'] },
  notices: [],
})
const run = (...actions: ImportAction[]): ImportQueue => actions.reduce(importReducer, EMPTY_QUEUE)

describe('the import queue', () => {
  it('refuses a file refused on arrival at once, naming it, and reads the others in order', () => {
    const queue = run({
      type: 'enqueue',
      files: [
        { name: 'a.txt', bytes },
        { name: 'huge.pdf', refusal: 'is larger than the 50 MB Casefile imports.' },
        { name: 'b.txt', bytes },
      ],
    })
    expect(queue.items.map((item) => item.status)).toEqual(['waiting', 'refused', 'waiting'])
    expect(queue.items[1]).toMatchObject({
      message: 'huge.pdf is larger than the 50 MB Casefile imports.',
    })
    expect(nextToRead(queue)?.fileName).toBe('a.txt')
  })

  it('reads one file at a time', () => {
    const queue = run(
      {
        type: 'enqueue',
        files: [
          { name: 'a.txt', bytes },
          { name: 'b.txt', bytes },
        ],
      },
      { type: 'start', key: 1 },
    )
    expect(nextToRead(queue)).toBeNull()
    const after = importReducer(queue, { type: 'extracted', key: 1, extracted: extracted('a.txt') })
    expect(nextToRead(after)?.fileName).toBe('b.txt')
  })

  it('opens the metadata sheet prefilled from what the file says', () => {
    const queue = run(
      { type: 'enqueue', files: [{ name: 'a.txt', bytes }] },
      { type: 'start', key: 1 },
      { type: 'progress', key: 1, fraction: 0.5, step: 'Reading' },
      { type: 'extracted', key: 1, extracted: extracted('a.txt') },
    )
    const review = nextToReview(queue)
    expect(review?.draft.title).toBe('A report')
    expect(review?.draft.authors).toBe('A. Writer\nB. Writer')
  })

  it('ignores a late message for a file already cancelled', () => {
    const queue = run(
      { type: 'enqueue', files: [{ name: 'a.pdf', bytes }] },
      { type: 'start', key: 1 },
      { type: 'cancelled', key: 1 },
      { type: 'extracted', key: 1, extracted: extracted('a.pdf') },
      { type: 'progress', key: 1, fraction: 1, step: 'Reading' },
    )
    expect(queue.items[0]?.status).toBe('cancelled')
    expect(nextToReview(queue)).toBeNull()
  })

  it('keeps the reason a file was refused while reading', () => {
    const queue = run(
      { type: 'enqueue', files: [{ name: 'scan.pdf', bytes }] },
      { type: 'start', key: 1 },
      { type: 'refused', key: 1, message: 'scan.pdf has no text layer.' },
    )
    expect(queue.items[0]).toMatchObject({
      status: 'refused',
      message: 'scan.pdf has no text layer.',
    })
  })

  it('says how far the files have come, and clears the finished ones', () => {
    const queue = run(
      {
        type: 'enqueue',
        files: [
          { name: 'a.txt', bytes },
          { name: 'b.txt', bytes },
        ],
      },
      { type: 'start', key: 1 },
      { type: 'extracted', key: 1, extracted: extracted('a.txt') },
      { type: 'added', key: 1, docId: 'doc-1', title: 'A report' },
    )
    expect(queueSummary(queue)).toBe('1 of 2 files done.')
    const skipped = importReducer(queue, { type: 'skip', key: 2 })
    expect(queueSummary(skipped)).toBe('1 of 2 files added to the library.')
    expect(importReducer(skipped, { type: 'clear-finished' }).items).toEqual([])
  })
})
