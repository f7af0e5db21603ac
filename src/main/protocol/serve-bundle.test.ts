import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import { serveBundleRequest } from './serve-bundle'

let base: string
let root: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'casefile-bundle-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Casefile</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)\n')
  // A file next to the bundle that a traversal would try to reach.
  writeFileSync(join(base, 'secret.txt'), 'do not serve')
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => serveBundleRequest(root, new Request(url, { method }))

describe('serveBundleRequest', () => {
  it('serves index.html for the root with its type and the CSP header', async () => {
    const response = await get('app://casefile/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Casefile</title>')
  })

  it('serves a script with a JavaScript type', async () => {
    const response = await get('app://casefile/assets/index-abc.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log(1)\n')
  })

  it('answers HEAD with headers and no body', async () => {
    const response = await get('app://casefile/assets/index-abc.js', 'HEAD')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-length')).toBe('15')
    expect(await response.text()).toBe('')
  })

  it('404s a missing file, a folder and anything outside the bundle', async () => {
    for (const url of [
      'app://casefile/missing.js',
      'app://casefile/assets',
      'app://casefile/..%2fsecret.txt',
      'app://casefile/%2e%2e%2fsecret.txt',
      'app://casefile/../secret.txt',
      'app://other/index.html',
    ]) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('do not serve')
    }
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://casefile/index.html', 'POST')
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })
})
