import { describe, expect, it } from 'vitest'
import { ImportRefusal } from '@shared/import/extracted'
import {
  abortError,
  couldNotRead,
  errorFromReply,
  isReplyTo,
  replyForError,
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
