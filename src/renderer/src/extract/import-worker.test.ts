import { describe, expect, it } from 'vitest'
import type { WorkerReply } from './import-protocol'
import { handleImportMessage } from './import-worker'
import { loadFixture } from './testing/load-fixture'

let nextId = 1

/** Sends a read of `fixture` to the handler and collects every reply it posts. */
async function read(
  fixture: string,
  onReply: (reply: WorkerReply, id: number) => void = () => {},
): Promise<WorkerReply[]> {
  const id = nextId++
  const replies: WorkerReply[] = []
  await handleImportMessage(
    { type: 'read', id, name: fixture, bytes: loadFixture(fixture) },
    (reply) => {
      replies.push(reply)
      onReply(reply, id)
    },
  )
  expect(replies.every((reply) => reply.id === id)).toBe(true)
  return replies
}

describe('handleImportMessage', () => {
  it('posts progress, then the document', async () => {
    const replies = await read('pdf-report.pdf')
    expect(replies.map((reply) => reply.type)).toEqual([
      'progress',
      'progress',
      'progress',
      'result',
    ])
    expect(replies[0]).toMatchObject({ done: 1, total: 3 })
    const last = replies.at(-1)
    expect(last?.type === 'result' && last.file.kind).toBe('document')
  })

  it('posts a web page as its article', async () => {
    const last = (await read('html-news-article.html')).at(-1)
    expect(last?.type === 'result' && last.file.kind).toBe('article')
    // As one string with the ends of its chunks (see WireArticle).
    const article = last?.type === 'result' && last.file.kind === 'article' && last.file.article
    expect(article && article.html.length).toBeGreaterThan(0)
    expect(article && article.chunkEnds.at(-1)).toBe(article && article.html.length)
  })

  it('posts a refusal as its file name and reason', async () => {
    const replies = await read('pdf-encrypted.pdf')
    expect(replies.at(-1)).toMatchObject({
      type: 'refusal',
      fileName: 'pdf-encrypted.pdf',
      reason: expect.stringMatching(/password/),
    })
  })

  it('stops a read between pages when cancelled, and says so', async () => {
    const replies = await read('pdf-report.pdf', (reply, id) => {
      if (reply.type === 'progress' && reply.done === 1) {
        void handleImportMessage({ type: 'cancel', id }, () => {})
      }
    })
    expect(replies.map((reply) => reply.type)).toEqual(['progress', 'cancelled'])
  })

  it('posts a failure naming the file when the result cannot be sent', async () => {
    const replies = await read('markdown-plain.md', (reply) => {
      if (reply.type === 'result') throw new Error('could not be cloned')
    })
    expect(replies.at(-1)).toEqual({
      type: 'failure',
      id: replies[0]?.id,
      message: expect.stringMatching(
        /^markdown-plain\.md could not be read: could not be cloned\./,
      ),
    })
  })

  it('ignores a cancel for a read that is not running', async () => {
    const posted: WorkerReply[] = []
    await handleImportMessage({ type: 'cancel', id: 99_999 }, (reply) => posted.push(reply))
    expect(posted).toEqual([])
  })
})
