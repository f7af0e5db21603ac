// @vitest-environment happy-dom
import type { CasefileApi } from '@shared/api'
import type { DocumentModel } from '@shared/corpus/document-model'
import { act, useEffect } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { HostProvider } from './host-context'
import { useDocumentLoads, type DocumentLoads } from './useDocuments'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

/** A host whose documents answer only when the test says so. */
function slowHost() {
  const pending = new Map<string, { resolve: (doc: DocumentModel) => void; reject: () => void }>()
  const host = {
    getDocument: (id: string) =>
      new Promise<DocumentModel>((resolve, reject) => {
        pending.set(id, { resolve, reject: () => reject(new Error(`${id} is not available`)) })
      }),
  } as unknown as CasefileApi
  const answer = async (id: string, outcome: 'load' | 'fail') => {
    const request = pending.get(id)
    if (!request) throw new Error(`nobody asked for ${id}`)
    await act(async () => {
      if (outcome === 'load') request.resolve({ id } as unknown as DocumentModel)
      else request.reject()
    })
  }
  return { host, answer }
}

let root: Root | null = null
const seen: DocumentLoads[] = []

function Probe({ ids }: { ids: string[] }) {
  const loads = useDocumentLoads(ids)
  useEffect(() => {
    seen.push(loads)
  })
  return null
}

async function mount(host: CasefileApi, ids: string[]) {
  root = createRoot(document.createElement('div'))
  await act(async () =>
    root?.render(
      <HostProvider host={host}>
        <Probe ids={ids} />
      </HostProvider>,
    ),
  )
  return () => seen[seen.length - 1]!
}

afterEach(() => {
  act(() => root?.unmount())
  root = null
  seen.length = 0
})

describe('useDocumentLoads', () => {
  it('is settled only once every document asked for has answered', async () => {
    const { host, answer } = slowHost()
    const latest = await mount(host, ['settle-a', 'settle-b', 'settle-a'])
    expect(latest().settled).toBe(false)
    await answer('settle-a', 'load')
    expect([...latest().models.keys()]).toEqual(['settle-a'])
    expect(latest().settled).toBe(false)
    await answer('settle-b', 'load')
    expect([...latest().models.keys()].sort()).toEqual(['settle-a', 'settle-b'])
    expect(latest().settled).toBe(true)
  })

  it('counts a document that fails to load as answered, and leaves it out', async () => {
    const { host, answer } = slowHost()
    const latest = await mount(host, ['broken-a', 'broken-b'])
    await answer('broken-a', 'fail')
    expect(latest().settled).toBe(false)
    await answer('broken-b', 'load')
    expect(latest().settled).toBe(true)
    expect([...latest().models.keys()]).toEqual(['broken-b'])
  })

  it('is settled at once when nothing is asked for', async () => {
    const latest = await mount(slowHost().host, [])
    expect(latest()).toMatchObject({ settled: true })
    expect(latest().models.size).toBe(0)
  })
})
