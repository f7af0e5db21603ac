import { describe, expect, it } from 'vitest'
import {
  isAllowedNavigation,
  isAllowedPermission,
  isAllowedRequest,
  isAllowedSender,
  trustedDevServerOrigin,
  type TrustOptions,
} from './policy'

const built: TrustOptions = { devServerOrigin: null }
const dev: TrustOptions = { devServerOrigin: 'http://localhost:5173' }

const hostilePages = [
  'https://example.com/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'app://other/index.html',
  'app://casefile:444/index.html',
  'app://evil@casefile/index.html',
  'app://casefile.evil.com/index.html',
  'chrome://settings',
  'not a url',
  '',
]

describe('trustedDevServerOrigin', () => {
  it('trusts a loopback http dev server in an unpackaged app', () => {
    expect(trustedDevServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173')
    expect(trustedDevServerOrigin('http://127.0.0.1:5174', false)).toBe('http://127.0.0.1:5174')
  })

  it('never trusts one in a packaged app', () => {
    expect(trustedDevServerOrigin('http://localhost:5173/', true)).toBeNull()
  })

  it('refuses remote hosts, other schemes, credentials and junk', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost.example.com:5173/',
      'http://user@localhost:5173/',
      'file:///tmp/index.html',
      'app://casefile/',
      'nonsense',
      '',
      undefined,
    ]) {
      expect(trustedDevServerOrigin(url, false), String(url)).toBeNull()
    }
  })
})

describe('isAllowedNavigation', () => {
  it('allows the app origin', () => {
    expect(isAllowedNavigation('app://casefile/index.html', built)).toBe(true)
    expect(isAllowedNavigation('app://casefile/index.html#/claims', built)).toBe(true)
  })

  it('refuses everything else in a built app, the dev server included', () => {
    for (const url of hostilePages) expect(isAllowedNavigation(url, built), url).toBe(false)
  })

  it('allows the dev server only when it is trusted', () => {
    expect(isAllowedNavigation('http://localhost:5173/', dev)).toBe(true)
    expect(isAllowedNavigation('http://localhost:5174/', dev)).toBe(false)
    expect(isAllowedNavigation('https://localhost:5173/', dev)).toBe(false)
  })
})

describe('isAllowedSender', () => {
  it('answers frames on the app origin', () => {
    expect(isAllowedSender('app://casefile/index.html', built)).toBe(true)
  })

  it('refuses missing frames and every other origin', () => {
    expect(isAllowedSender(null, built)).toBe(false)
    expect(isAllowedSender(undefined, built)).toBe(false)
    for (const url of hostilePages) expect(isAllowedSender(url, built), url).toBe(false)
  })

  it('answers the dev server only in development', () => {
    expect(isAllowedSender('http://localhost:5173/', dev)).toBe(true)
    expect(isAllowedSender('http://localhost:5173/', built)).toBe(false)
  })
})

describe('isAllowedPermission', () => {
  it('allows persistent storage only', () => {
    expect(isAllowedPermission('persistent-storage')).toBe(true)
    for (const name of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'unknown',
      '',
    ]) {
      expect(isAllowedPermission(name), name).toBe(false)
    }
  })
})

describe('isAllowedRequest', () => {
  it('allows the app origin, DevTools, data: and blob:', () => {
    for (const url of [
      'app://casefile/assets/index.js',
      'devtools://devtools/bundled/devtools_app.html',
      'data:image/png;base64,iVBORw0KGgo=',
      'blob:app://casefile/0b8e8d5e-2f54-4bb7-9f55-3c9d6b8a1a11',
    ]) {
      expect(isAllowedRequest(url, built), url).toBe(true)
    }
  })

  it('cancels every remote or local-file request', () => {
    for (const url of [
      'https://fonts.googleapis.com/css2?family=Inter',
      'http://example.com/track.gif',
      'wss://example.com/socket',
      'file:///etc/passwd',
      'app://other/x.js',
      'http://localhost:5173/@vite/client',
      'ws://localhost:5173/',
      'ftp://example.com/',
      'not a url',
    ]) {
      expect(isAllowedRequest(url, built), url).toBe(false)
    }
  })

  it('allows the dev server and its HMR socket in development, nothing beside them', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/?token=abc', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:9999/', dev)).toBe(false)
    expect(isAllowedRequest('http://localhost:9999/', dev)).toBe(false)
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false)
  })
})
