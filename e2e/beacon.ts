/**
 * A beacon for hostile-content tests: an HTTP server on 127.0.0.1, on a free port, that
 * answers every request with an empty 204 and remembers it. Payloads point every URL they
 * could load at it, so a payload that ever fetched anything (an image, a stylesheet, a
 * form post, a navigation) shows up here, whatever blocked or failed to block it in the page.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A running beacon: its origin, every request it has seen, and a way to stop it. */
export interface Beacon {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string
  /** Method and path of every request seen, in order. */
  hits: string[]
  close(): Promise<void>
}

/** Starts a beacon on a port the system chooses. */
export async function startBeacon(): Promise<Beacon> {
  const hits: string[] = []
  const server: Server = createServer((request, response) => {
    hits.push(`${request.method ?? '?'} ${request.url ?? ''}`)
    // Drain any body (a form post) before answering, so the client sees a clean end.
    request.resume()
    request.on('end', () => {
      response.writeHead(204, { 'Access-Control-Allow-Origin': '*' })
      response.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
