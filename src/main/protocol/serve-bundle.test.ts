import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
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
  // Links planted in the bundle: out to the secret (relative and absolute), to a folder
  // outside, to a sibling whose name starts with the bundle's, to itself, and one that
  // stays inside (which is fine to follow).
  mkdirSync(join(base, 'outside'))
  writeFileSync(join(base, 'outside', 'x.js'), 'do not serve')
  mkdirSync(join(base, 'renderer-old'))
  writeFileSync(join(base, 'renderer-old', 'x.js'), 'do not serve')
  symlinkSync(join('..', '..', 'secret.txt'), join(root, 'assets', 'leak.js'))
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak-absolute.js'))
  symlinkSync(join(base, 'outside'), join(root, 'linked'), 'dir')
  symlinkSync(join('..', 'renderer-old', 'x.js'), join(root, 'old.js'))
  symlinkSync('loop.js', join(root, 'loop.js'))
  symlinkSync('index-abc.js', join(root, 'assets', 'alias.js'))
  // The bundle reached through a link to it (as a developer's checkout may be).
  symlinkSync(root, join(base, 'renderer-link'), 'dir')
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

  it('404s symbolic links that lead out of the bundle', async () => {
    for (const url of [
      'app://casefile/assets/leak.js',
      'app://casefile/assets/leak-absolute.js',
      'app://casefile/linked/x.js',
      'app://casefile/old.js',
      'app://casefile/loop.js',
    ]) {
      for (const method of ['GET', 'HEAD']) {
        const response = await get(url, method)
        expect(response.status, `${method} ${url}`).toBe(404)
        expect(await response.text(), url).not.toContain('do not serve')
      }
    }
  })

  it('404s traversal in every spelling: encoded, upper-case, double-encoded, backslashes, NUL', async () => {
    for (const url of [
      'app://casefile/%2E%2E/secret.txt',
      'app://casefile/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
      'app://casefile/%252e%252e%252fsecret.txt',
      'app://casefile/..%5csecret.txt',
      'app://casefile/assets\\..\\..\\secret.txt',
      'app://casefile/secret.txt%00.js',
      'app://casefile/%00',
    ]) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('do not serve')
    }
  })

  it('follows a link that stays inside, and serves a bundle reached through a link', async () => {
    const alias = await get('app://casefile/assets/alias.js')
    expect(alias.status).toBe(200)
    expect(await alias.text()).toBe('console.log(1)\n')
    const viaLink = await serveBundleRequest(
      join(base, 'renderer-link'),
      new Request('app://casefile/assets/index-abc.js'),
    )
    expect(viaLink.status).toBe(200)
    expect(realpathSync(join(base, 'renderer-link'))).toBe(realpathSync(root))
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://casefile/index.html', 'POST')
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })
})
