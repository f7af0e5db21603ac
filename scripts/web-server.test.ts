import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { portProblem, serveWebHost, webHostUrl } from './web-server.mjs'

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))))
})

/** Listens on a free port of 127.0.0.1, answering like `answer`; resolves to the port. */
function occupy(answer: (path: string) => { status: number; body: string }): Promise<number> {
  const server = createServer((request, response) => {
    const { status, body } = answer(request.url ?? '/')
    response.writeHead(status).end(body)
  })
  servers.push(server)
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  )
}

const casefile = (path: string) =>
  path === '/'
    ? { status: 200, body: '<!doctype html><title>Casefile</title>' }
    : path === '/corpus/index.json'
      ? { status: 200, body: '[]' }
      : { status: 404, body: '' }

describe('the web host’s port', () => {
  it('always uses 127.0.0.1, never localhost (another origin, another database)', () => {
    expect(webHostUrl(5183)).toBe('http://127.0.0.1:5183/')
  })

  it('says when Casefile already runs on the port, and where to open it', async () => {
    const port = await occupy(casefile)
    expect(await portProblem(port, false)).toBe(
      `Casefile is already running at http://127.0.0.1:${port}/: open that address (your work is there).`,
    )
  })

  it('says another program has the port, and never moves to another one', async () => {
    const port = await occupy(() => ({ status: 200, body: '<title>Something else</title>' }))
    const problem = await portProblem(port, false)
    expect(problem).toMatch(new RegExp(`^Port ${port} on 127.0.0.1 is in use by another program`))
    expect(problem?.split('\n')).toHaveLength(1)
    await expect(serveWebHost({ port })).rejects.toThrow(/in use by another program/)
  })

  it('has nothing to say of a free port', async () => {
    const port = await occupy(casefile)
    await new Promise((done) => servers.pop()?.close(done))
    expect(await portProblem(port, true)).toBeNull()
  })
})
