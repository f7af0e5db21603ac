import { describe, expect, it } from 'vitest'
import { emptyHints, ImportRefusal } from '@shared/import/extracted'
import {
  abortError,
  couldNotRead,
  errorFromReply,
  fromWire,
  isReplyTo,
  replyForError,
  toWire,
} from './import-protocol'

/** What an error becomes after the worker's reply has been structured-cloned. */
const crossed = (error: unknown): Error =>
  errorFromReply(structuredClone(replyForError(7, 'report.pdf', error)))

describe('an error crossing from the worker to the client', () => {
  it('keeps a refusal a refusal, with its file name and reason', () => {
    const error = crossed(new ImportRefusal('report.pdf', 'is password-protected.'))
    expect(error).toBeInstanceOf(ImportRefusal)
    expect(error).toMatchObject({
      fileName: 'report.pdf',
      reason: 'is password-protected.',
      message: 'report.pdf is password-protected.',
    })
  })

  it('keeps a cancel an AbortError, however the reader raised it', () => {
    const controller = new AbortController()
    controller.abort()
    for (const error of [controller.signal.reason, abortError()]) {
      const after = crossed(error)
      expect(after).toBeInstanceOf(DOMException)
      expect(after.name).toBe('AbortError')
    }
  })

  it('turns anything else into an Error naming the file', () => {
    expect(crossed(new TypeError('Invalid XRef stream')).message).toBe(
      'report.pdf could not be read: Invalid XRef stream. Check that it opens in its usual program; if it does, please report this.',
    )
    expect(crossed('a thrown string').message).toMatch(
      /^report\.pdf could not be read: a thrown string\./,
    )
    expect(crossed(new ImportRefusal('other.pdf', 'x')).message).toBe('other.pdf x')
  })
})

describe('couldNotRead', () => {
  it('ends the detail with one full stop and says something when there is no detail', () => {
    expect(couldNotRead('a.docx', 'bad zip...  ')).toMatch(/^a\.docx could not be read: bad zip\. /)
    expect(couldNotRead('a.docx', '')).toMatch(/^a\.docx could not be read: an unexpected error\. /)
  })
})

describe('isReplyTo', () => {
  it('takes the replies to one request and nothing else on the port', () => {
    expect(isReplyTo({ type: 'progress', id: 3, done: 1, total: 2 }, 3)).toBe(true)
    expect(isReplyTo({ type: 'result', id: 4 }, 3)).toBe(false)
    // What pdfjs posts when it is loaded into a worker.
    expect(isReplyTo({ sourceName: 'worker', targetName: 'main', action: 'ready' }, 3)).toBe(false)
    expect(isReplyTo(null, 3)).toBe(false)
    expect(isReplyTo('ready', 3)).toBe(false)
  })
})

describe('a read file crossing from the worker to the client', () => {
  const article = (chunks: string[]) => ({
    kind: 'article' as const,
    article: {
      format: 'html' as const,
      fileName: 'page.html',
      chunks,
      hints: { ...emptyHints(), title: 'Border talks' },
      notices: ['Left out 2 pull quotes.'],
      encoding: 'UTF-8',
    },
  })

  it('sends an article as one string and where its chunks end, and gets the chunks back', () => {
    const chunks = ['<p>Talks “stall”</p>', '', '<p>\u{1F600} and é</p>', '<h2>x</h2>']
    const wire = toWire(article(chunks))
    if (wire.kind !== 'article') throw new Error('expected an article')
    expect(wire.article).not.toHaveProperty('chunks')
    expect(wire.article.html).toBe(chunks.join(''))
    expect([...wire.article.chunkEnds]).toEqual([20, 20, 35, 45])
    expect(fromWire(structuredClone(wire))).toEqual(article(chunks))
  })

  it('sends an article with no chunks, and a document as it is', () => {
    expect(fromWire(structuredClone(toWire(article([]))))).toEqual(article([]))
    const document = {
      kind: 'document' as const,
      document: {
        format: 'text' as const,
        fileName: 'a.txt',
        blocks: [{ kind: 'paragraph' as const, level: 0, text: 'One two', marks: [] }],
        hints: emptyHints(),
        notices: [],
        wordCount: 2,
      },
    }
    expect(toWire(document)).toBe(document)
    expect(fromWire(structuredClone(toWire(document)))).toEqual(document)
  })
})
