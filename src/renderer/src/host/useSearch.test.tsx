// @vitest-environment happy-dom
/**
 * The search hooks over the real service: the documents service's bundled corpus and a
 * test database feed a real search worker (in-process, over a MessageChannel).
 */
import type { CasefileApi } from '@shared/api'
import type { DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import { summarizeDocument } from '@shared/corpus/parse-document'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { act, useEffect } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createClaim } from '../db/claims'
import { createTestDatabase } from '../db/test-db'
import { createSearchClient } from '../indexing/search-client'
import { SearchCacheDatabase } from '../indexing/search-cache'
import { bundledCorpus } from '../indexing/testing/bundled-corpus'
import { inProcessWorker } from '../indexing/testing/in-process-worker'
import { createDocumentsService, databaseShelf } from './documents'
import { bundledSources, createSearchService, type SearchService } from './search-service'
import { useSearchStatusOf } from './useSearch'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const corpus = bundledCorpus()

const host = {
  listDocuments: async (): Promise<DocumentSummary[]> => corpus.map(summarizeDocument),
  getDocument: async (id: string): Promise<DocumentModel> => {
    const doc = corpus.find((d) => d.meta.id === id)
    if (!doc) throw new Error(`No document ${id}`)
    return doc
  },
} as unknown as CasefileApi

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

function service(): SearchService {
  const analyst = createTestDatabase(`search-hooks-${cleanups.length}-${Math.random()}`)
  const cache = new SearchCacheDatabase('cache', { indexedDB: new IDBFactory(), IDBKeyRange })
  const { connect } = inProcessWorker({ analyst, cache })
  const client = createSearchClient(connect)
  cleanups.push(() => client.close())
  const documents = createDocumentsService(host, databaseShelf(analyst))
  return Object.assign(createSearchService({ client, documents, database: analyst }), {
    analyst,
  })
}

interface Seen {
  state: string
}

function Probe({ of, seen }: { of: SearchService; seen: Seen }) {
  const { status, records } = useSearchStatusOf(of)
  const state = `${status.state} ${records > 0 ? 'some' : 'none'}`
  useEffect(() => {
    Object.assign(seen, { state })
  })
  return null
}

function mount(of: SearchService, seen: Seen): Root {
  const root = createRoot(document.createElement('div'))
  act(() => root.render(<Probe of={of} seen={seen} />))
  cleanups.push(() => act(() => root.unmount()))
  return root
}

const settle = (check: () => void) =>
  vi.waitFor(
    async () => {
      await act(async () => {})
      check()
    },
    { timeout: 10_000 },
  )

describe('the search hooks', () => {
  it('lists the bundled corpus for the worker, leaving imported documents out', () => {
    const summaries = corpus.map(summarizeDocument)
    const imported = {
      ...summaries[0]!,
      meta: {
        ...summaries[0]!.meta,
        id: 'x',
        imported: { format: 'text' as const, encoding: null, notices: [] },
      },
    }
    const sources = bundledSources([...summaries, imported])
    expect(sources.map((s) => s.id)).toEqual(corpus.map((d) => d.meta.id))
    expect(sources[0]).toEqual({
      id: corpus[0]!.meta.id,
      rev: corpus[0]!.rev,
      title: corpus[0]!.meta.title,
      published: corpus[0]!.meta.published,
    })
  })

  it('indexes the bundled corpus once its status is followed, and answers a search', async () => {
    const search = service()
    const seen = {} as Seen
    mount(search, seen)
    await settle(() => expect(seen.state).toBe('ready some'))
    const results = await search.search('Sarmachar', { limitPerKind: 5 })
    expect(results.hits.map((h) => h.kind)).toContain('passage')
  })

  it('follows the analyst’s writes, so a new claim is found', async () => {
    const search = service() as SearchService & { analyst: ReturnType<typeof createTestDatabase> }
    const seen = {} as Seen
    mount(search, seen)
    await settle(() => expect(seen.state).toBe('ready some'))
    expect((await search.search('ceasefire verification')).hits).toEqual([])
    await createClaim(search.analyst, { statement: 'Ceasefire verification failed' })
    await vi.waitFor(
      async () => {
        const { hits } = await search.search('ceasefire verification')
        expect(hits.map((h) => h.kind)).toEqual(['claim'])
      },
      { timeout: 10_000 },
    )
  })
})
