/**
 * The search client on its own, against a worker stand-in that answers only when the test
 * says so (the end-to-end behaviour, with the real worker, is in search-worker.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { createSearchClient, type SearchPort } from './search-client'
import type { SearchClientMessage, SearchResults, SearchWorkerReply } from './search-protocol'

/** A worker that records what it is sent; `reply` and `crash` act as the worker would. */
function standIn() {
  const sent: SearchClientMessage[] = []
  const port: SearchPort = {
    postMessage: (message) => sent.push(message),
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
  }
  return {
    sent,
    connect: () => port,
    reply: (data: SearchWorkerReply) => port.onmessage?.(new MessageEvent('message', { data })),
    crash: () => port.onerror?.(new Event('error') as ErrorEvent),
  }
}

const results = (query: string): SearchResults => ({
  query,
  hits: [],
  counts: { passage: 0, highlight: 0, claim: 0, event: 0, brief: 0 },
  capped: false,
})

describe('the search client', () => {
  it('starts no worker until it is started or asked', () => {
    let started = 0
    const worker = standIn()
    const client = createSearchClient(() => (started++, worker.connect()))
    client.changed('claims', ['c1'])
    expect(started).toBe(0)
    client.start([], async () => Promise.reject(new Error('none')))
    client.start([], async () => Promise.reject(new Error('none')))
    expect(started).toBe(1)
    expect(worker.sent.map((m) => m.type)).toEqual(['start'])
  })

  it('answers each search once, and supersedes an older one of the same channel only', async () => {
    const worker = standIn()
    const client = createSearchClient(worker.connect)
    const older = client.search('bal', {}, 'dialog')
    const other = client.search('gwadar', {}, 'panel')
    const newer = client.search('balo', {}, 'dialog')
    await expect(older).rejects.toMatchObject({ name: 'AbortError' })
    const ids = worker.sent.map((m) => (m.type === 'search' ? m.id : -1))
    worker.reply({ type: 'superseded', id: ids[0]! })
    worker.reply({ type: 'results', id: ids[1]!, results: results('gwadar') })
    worker.reply({ type: 'results', id: ids[2]!, results: results('balo') })
    expect((await other).query).toBe('gwadar')
    expect((await newer).query).toBe('balo')
  })

  it('says the index stopped when the worker crashes, and fails what was pending', async () => {
    const worker = standIn()
    const client = createSearchClient(worker.connect)
    const seen: string[] = []
    client.subscribe(() => seen.push(client.state().status.state))
    client.start([], async () => Promise.reject(new Error('none')))
    worker.reply({
      type: 'status',
      status: { state: 'indexing', done: 1, total: 4 },
      records: 10,
      indexed: 1,
      notice: null,
      unread: 0,
    })
    const pending = client.search('strike')
    worker.crash()
    await expect(pending).rejects.toThrow(/Search stopped unexpectedly/)
    expect(seen).toEqual(['indexing', 'failed'])
    expect(client.state()).toMatchObject({ records: 10, status: { state: 'failed' } })
  })

  it('loads the bundled documents the worker asks for, naming those that failed', async () => {
    const worker = standIn()
    const client = createSearchClient(worker.connect)
    const doc = { meta: { id: 'a' } } as never
    client.start([], async (id) => {
      if (id === 'a') return doc
      throw new Error('gone')
    })
    worker.reply({ type: 'want-bundled', ids: ['a', 'b'] })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(worker.sent.at(-1)).toEqual({
      type: 'bundled-documents',
      documents: [doc],
      missing: ['b'],
    })
  })
})
