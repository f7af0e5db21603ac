import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isStrictlyInside, resolveBundlePath } from './resolve-bundle-path'

const root = resolve('/srv/casefile/out/renderer')

describe('resolveBundlePath', () => {
  it('maps the origin root to index.html', () => {
    expect(resolveBundlePath(root, 'app://casefile/')).toBe(join(root, 'index.html'))
    expect(resolveBundlePath(root, 'app://casefile')).toBe(join(root, 'index.html'))
  })

  it('maps a nested asset to the file inside the root', () => {
    expect(resolveBundlePath(root, 'app://casefile/assets/index-abc123.js')).toBe(
      join(root, 'assets', 'index-abc123.js'),
    )
  })

  it('ignores the query and the fragment', () => {
    expect(resolveBundlePath(root, 'app://casefile/index.html?v=2#reader')).toBe(
      join(root, 'index.html'),
    )
  })

  it('decodes percent-escapes in file names', () => {
    expect(resolveBundlePath(root, 'app://casefile/fonts/Inter%20Var.woff2')).toBe(
      join(root, 'fonts', 'Inter Var.woff2'),
    )
  })

  it('refuses other schemes, hosts, ports and credentials', () => {
    for (const url of [
      'file:///etc/passwd',
      'http://casefile/index.html',
      'https://example.com/index.html',
      'app://other/index.html',
      'app://casefile.evil/index.html',
      'app://casefile:8080/index.html',
      'app://user@casefile/index.html',
      'app://user:pw@casefile/index.html',
      'not a url',
      '',
    ]) {
      expect(resolveBundlePath(root, url), url).toBeNull()
    }
  })

  it('refuses encoded traversal, backslashes, drives, NUL and empty segments', () => {
    for (const url of [
      'app://casefile/..%2f..%2fetc%2fpasswd',
      'app://casefile/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://casefile/assets/%2E%2E%2F%2E%2E%2Fsecret',
      'app://casefile/..%5c..%5cwindows%5cwin.ini',
      'app://casefile/assets\\..\\..\\secret',
      'app://casefile/C:%5cWindows%5cwin.ini',
      'app://casefile/C:/Windows/win.ini',
      'app://casefile/index.html%00.png',
      'app://casefile/%2fetc%2fpasswd',
      'app://casefile//etc/passwd',
      'app://casefile/assets/',
      'app://casefile/%E0%A4%A',
      'app://casefile/file.txt:stream',
    ]) {
      expect(resolveBundlePath(root, url), url).toBeNull()
    }
  })

  it('keeps plain dot segments inside the root (the URL parser resolves them first)', () => {
    // WHATWG URL parsing collapses ../ and %2e%2e/ before we see the path; whatever is
    // left must still land inside root.
    for (const url of [
      'app://casefile/../../../etc/passwd',
      'app://casefile/%2e%2e/%2e%2e/etc/passwd',
      'app://casefile/%2E%2E/%2E%2E/etc/passwd',
      'app://casefile/assets/../../../../etc/passwd',
    ]) {
      const path = resolveBundlePath(root, url)
      expect(path, url).toBe(join(root, 'etc', 'passwd'))
    }
  })
})

describe('resolveBundlePath, double encoding', () => {
  it('decodes once: a double-encoded escape names a file inside the root, never a climb', () => {
    for (const [url, name] of [
      ['app://casefile/%252e%252e%252fsecret', '%2e%2e%2fsecret'],
      ['app://casefile/%252E%252E%252Fsecret', '%2E%2E%2Fsecret'],
      ['app://casefile/a%255c..%255csecret', 'a%5c..%5csecret'],
      ['app://casefile/index.html%2500.png', 'index.html%00.png'],
    ] as const) {
      expect(resolveBundlePath(root, url), url).toBe(join(root, name))
    }
    // A name that starts with two dots is refused outright, even once-decoded.
    expect(resolveBundlePath(root, 'app://casefile/..%255c..%255csecret')).toBeNull()
  })
})

describe('isStrictlyInside', () => {
  it('is true below the root only', () => {
    expect(isStrictlyInside(root, join(root, 'assets', 'a.js'))).toBe(true)
    expect(isStrictlyInside(root, root)).toBe(false)
    expect(isStrictlyInside(root, resolve(root, '..'))).toBe(false)
    expect(isStrictlyInside(root, resolve('/etc/passwd'))).toBe(false)
  })

  it('is not fooled by a sibling whose name starts with the root', () => {
    expect(isStrictlyInside(root, `${root}-old${'/'}index.html`)).toBe(false)
    expect(isStrictlyInside(root, `${root}..${'/'}x`)).toBe(false)
  })
})
