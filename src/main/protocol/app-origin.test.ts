import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, APP_SCHEME, isAppUrl, parseUrl } from './app-origin'
import { APP_SCHEME_PRIVILEGES } from './scheme-privileges'

describe('the app origin', () => {
  it('is app://casefile, forever (changing it orphans every analyst database)', () => {
    expect([APP_SCHEME, APP_HOST, APP_ORIGIN]).toEqual(['app', 'casefile', 'app://casefile'])
    expect(APP_ENTRY_URL).toBe('app://casefile/index.html')
  })

  it('is registered standard and secure, which IndexedDB needs, and does not bypass CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe(APP_SCHEME)
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      bypassCSP: false,
    })
  })
})

describe('isAppUrl', () => {
  const check = (url: string) => {
    const parsed = parseUrl(url)
    return parsed !== null && isAppUrl(parsed)
  }

  it('accepts URLs on the app origin', () => {
    expect(check('app://casefile/index.html')).toBe(true)
    expect(check('app://casefile')).toBe(true)
  })

  it('rejects look-alikes', () => {
    for (const url of [
      'app://casefile:1/',
      'app://a@casefile/',
      'app://casefile.com/',
      'app://case/file',
      'apps://casefile/',
      'http://casefile/',
    ]) {
      expect(check(url), url).toBe(false)
    }
  })
})

describe('parseUrl', () => {
  it('returns null rather than throwing', () => {
    expect(parseUrl('::not a url')).toBeNull()
    expect(parseUrl(null)).toBeNull()
    expect(parseUrl(undefined)).toBeNull()
    expect(parseUrl('')).toBeNull()
  })
})
