/**
 * What the UI thread's clients of the entity and reuse workers share: the connection, the
 * state the views subscribe to, the worker stopping, and the handshake that feeds the worker
 * texts. The client lists the documents, the worker asks for those it lacks at their rev, and
 * the feed loads each one and posts its text, one at a time, waiting for the worker to
 * acknowledge it (with progress) before the next, so the UI thread loads and clones one text
 * at a time. A newer request from the worker replaces what is left of the older one. The
 * bundled corpus can only be read on the UI thread, through the host, which is why the texts
 * travel this way.
 */
import type { Block } from '@shared/corpus/document-model'

/** A connection to a worker: a `Worker`, or in tests one end of a MessageChannel. */
export interface WorkerPort<Message, Reply> {
  postMessage(message: Message): void
  onmessage: ((event: MessageEvent<Reply>) => void) | null
  /** A worker that failed to load or crashed; a MessagePort never fires it. */
  onerror?: ((event: ErrorEvent) => void) | null
  terminate(): void
}

/** A document as a worker asks for it. */
export interface DocumentRef {
  docId: string
  rev: string
}

/** A document's text, as a client hands it to a worker. */
export interface DocumentText {
  rev: string
  blocks: Block[]
  text: string
}

/** What the feed posts for each document asked for. */
export interface FeedPosts {
  /** The document's text, at the rev asked for. */
  text(document: DocumentRef & { blocks: Block[]; text: string }): void
  /** The document could not be loaded: the worker counts it as done so progress completes. */
  unavailable(document: DocumentRef & { message: string }): void
}

export interface DocumentFeed {
  /** The worker asks for these documents (in the order it wants them), replacing its last request. */
  need(documents: readonly DocumentRef[]): void
  /** The worker has dealt with the document last posted. */
  acknowledge(): void
  /** Posts nothing more (the worker stopped or was closed). */
  close(): void
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * A feed that reads each document with `load` (the documents service) and posts it with
 * `posts`. A document that moved on to another rev while it loaded is skipped: the library's
 * next list says so and the worker asks again.
 */
export function createDocumentFeed(
  load: (docId: string) => Promise<DocumentText>,
  posts: FeedPosts,
): DocumentFeed {
  let wanted: readonly DocumentRef[] = []
  let sending = false
  let closed = false
  /** Resolves when the worker has dealt with the document last posted. */
  let acknowledged: (() => void) | null = null

  const acknowledge = () => {
    const resolve = acknowledged
    acknowledged = null
    resolve?.()
  }

  /** Posts one document and waits until the worker has dealt with it. */
  const exchange = (post: () => void) =>
    new Promise<void>((resolve) => {
      if (closed) return resolve()
      acknowledged = resolve
      post()
    })

  const sendWanted = async () => {
    if (sending) return
    sending = true
    try {
      while (!closed && wanted.length > 0) {
        const [next, ...rest] = wanted
        wanted = rest
        const { docId, rev } = next!
        try {
          const doc = await load(docId)
          if (doc.rev !== rev) continue
          await exchange(() => posts.text({ docId, rev, blocks: doc.blocks, text: doc.text }))
        } catch (error) {
          await exchange(() => posts.unavailable({ docId, rev, message: messageOf(error) }))
        }
      }
    } finally {
      sending = false
    }
  }

  return {
    need(documents) {
      wanted = documents
      void sendWanted()
    },
    acknowledge,
    close() {
      closed = true
      acknowledge()
    },
  }
}

/** What every worker client's views see, beside what is the worker's own. */
export interface WorkerClientState {
  /** Notices from the worker (a cache rebuilt), latest last. */
  notices: readonly string[]
  /** Set when the worker stopped: it does no more this session. */
  error: string | null
}

/** What the views hold of a worker client, beside what is its own. */
export interface WorkerClientHandle<State> {
  state(): State
  /** Calls `onChange` whenever the state changes; returns the disposer. */
  subscribe(onChange: () => void): () => void
  /** Stops the worker. */
  close(): void
}

/** The shared part of a worker client, for the client built over it. */
export interface WorkerClientCore<
  Message,
  State extends WorkerClientState,
> extends WorkerClientHandle<State> {
  /** Changes the state and tells the subscribers. */
  update(next: Partial<State>): void
  /** Posts to the worker; nothing once it has stopped or been closed. */
  post(message: Message): void
  isClosed(): boolean
  /** The worker has dealt with the text last posted (its progress reply). */
  acknowledge(): void
}

/** The replies every worker sends: it needs texts, and it has something to tell the analyst. */
export type CommonReply =
  { type: 'need'; documents: DocumentRef[] } | { type: 'notice'; message: string }

function isCommon(reply: { type: string }): reply is CommonReply {
  return reply.type === 'need' || reply.type === 'notice'
}

/** What is the worker's own, for {@link createWorkerClient}. */
export interface WorkerClientOptions<Message, Reply> {
  /** The message that carries a text the worker asked for. */
  textMessage: (document: DocumentRef & { blocks: Block[]; text: string }) => Message
  /** The message that says a document asked for could not be loaded. */
  unavailableMessage: (document: DocumentRef & { message: string }) => Message
  /** Every reply from the worker but `need` and `notice`, which the client deals with. */
  receive: (reply: Reply) => void
  /** The state's error when the worker crashes, given the reason the browser gives. */
  crashed: (reason: string) => string
  /** Called once the worker has stopped (crashed or closed), with why. */
  stopped?: (reason: string) => void
  /** Why, when the client is closed. */
  closedReason?: string
}

/**
 * Connects to the worker `connect` starts (at once) and feeds it the texts it asks for, read
 * with `load` (the documents service).
 */
export function createWorkerClient<
  Message,
  Reply extends { type: string },
  State extends WorkerClientState,
>(
  connect: () => WorkerPort<Message, Reply>,
  load: (docId: string) => Promise<DocumentText>,
  initial: State,
  options: WorkerClientOptions<Message, Reply>,
): WorkerClientCore<Message, State> {
  const port = connect()
  const listeners = new Set<() => void>()
  let state = initial
  let closed = false

  const update = (next: Partial<State> | Partial<WorkerClientState>) => {
    state = { ...state, ...next }
    for (const listener of listeners) listener()
  }

  const feed = createDocumentFeed(load, {
    text: (doc) => port.postMessage(options.textMessage(doc)),
    unavailable: (doc) => port.postMessage(options.unavailableMessage(doc)),
  })

  port.onmessage = ({ data }) => {
    if (!isCommon(data)) return options.receive(data)
    if (data.type === 'need') feed.need(data.documents)
    else update({ notices: [...state.notices, data.message] })
  }
  port.onerror = (event) => {
    event.preventDefault()
    closed = true
    feed.close()
    const error = options.crashed(event.message || 'no reason given')
    options.stopped?.(error)
    update({ error })
  }

  return {
    state: () => state,
    update,
    post: (message) => {
      if (!closed) port.postMessage(message)
    },
    isClosed: () => closed,
    acknowledge: () => feed.acknowledge(),
    subscribe: (onChange) => {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    close: () => {
      closed = true
      feed.close()
      options.stopped?.(options.closedReason ?? 'Closed.')
      port.onmessage = null
      port.terminate()
    },
  }
}
