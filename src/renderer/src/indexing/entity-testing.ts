/** Small documents and an in-process entity worker for the entity tests. */
import type { DocumentModel } from '@shared/corpus/document-model'
import { parseCuratedDocument } from '@shared/corpus/parse-document'
import type { OpenedCache } from './entity-cache'
import type { EntityPort } from './entity-client'
import type { EntityClientMessage, EntityWorkerReply } from './entity-protocol'
import { createEntityIndexer, type EntityIndexer } from './entity-worker'

/** A curated document with this id and these paragraphs, from `outlet` when given. */
export function testDocument(
  id: string,
  paragraphs: string[],
  outlet: string | null = null,
): DocumentModel {
  return parseCuratedDocument(
    [
      '---',
      `id: ${id}`,
      `title: Source ${id}`,
      'authors: [Ann Author]',
      `outlet: ${outlet ?? 'null'}`,
      'published: { year: 2024, approximate: false, basis: stated, note: Stated. }',
      'genre: analysis',
      `raw: ${id}.txt`,
      '---',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
    ].join('\n'),
    `${id}.md`,
  )
}

/** The real indexer at the far end of a real MessageChannel, and what it has done. */
export class InProcessWorker {
  indexer: EntityIndexer | null = null
  readonly opened: MessagePort[] = []

  constructor(private readonly cache: () => Promise<OpenedCache>) {}

  readonly connect = (): EntityPort => {
    const { port1, port2 } = new MessageChannel()
    this.opened.push(port1, port2)
    const indexer = createEntityIndexer(this.cache(), (r: EntityWorkerReply) =>
      port2.postMessage(r),
    )
    this.indexer = indexer
    port2.onmessage = ({ data }: MessageEvent<EntityClientMessage>) => void indexer.handle(data)
    return Object.assign(port1 as unknown as EntityPort, {
      terminate: () => {
        port1.close()
        port2.close()
      },
    })
  }

  close(): void {
    for (const port of this.opened.splice(0)) port.close()
  }
}
