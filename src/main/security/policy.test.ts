import { describe, expect, it } from 'vitest'
import {
  isAllowedNavigation,
  isAllowedPermission,
  isAllowedRequest,
  isAllowedSender,
  isExplicitDevMode,
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
  'app://casefile.evil/index.html',
  'app://casefile@evil/index.html',
  'app://casefile:@evil/index.html',
  'app://user:pw@casefile/index.html',
  'app://casefile\\@evil/index.html',
  // Chromium lower-cases a standard scheme's host before main sees it; anything that
  // arrives in another case did not come from Chromium and is refused.
  'APP://CASEFILE/index.html',
  'app://CaseFile/index.html',
  'app://case%66ile/index.html',
  'app:casefile/index.html',
  'app:///casefile/index.html',
  'app://casefile./index.html',
  'http://localhost:5173.evil.com/',
  'http://localhost:5173@evil.com/',
  'chrome://settings',
  'not a url',
  '',
]

describe('trustedDevServerOrigin', () => {
  const devRun = (rendererUrl: string | undefined) =>
    trustedDevServerOrigin({ rendererUrl, isPackaged: false, devMode: true })

  it('trusts a loopback http dev server in an unpackaged app started in dev mode', () => {
    expect(devRun('http://localhost:5173/')).toBe('http://localhost:5173')
    expect(devRun('http://127.0.0.1:5174')).toBe('http://127.0.0.1:5174')
    expect(devRun('HTTP://LOCALHOST:5173/')).toBe('http://localhost:5173')
  })

  it('never trusts one in a packaged app, even in dev mode', () => {
    const url = 'http://localhost:5173/'
    expect(trustedDevServerOrigin({ rendererUrl: url, isPackaged: true, devMode: true })).toBeNull()
    expect(
      trustedDevServerOrigin({ rendererUrl: url, isPackaged: true, devMode: false }),
    ).toBeNull()
  })

  it('never trusts one in an unpackaged app that was not started in dev mode', () => {
    // A built app run from source (`electron out/main/index.js`) with the variable planted.
    expect(
      trustedDevServerOrigin({
        rendererUrl: 'http://localhost:5173/',
        isPackaged: false,
        devMode: false,
      }),
    ).toBeNull()
  })

  it('refuses remote hosts, look-alikes, other schemes, credentials and junk', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost.example.com:5173/',
      'http://localhost:5173.evil.com/',
      'http://localhost:5173@evil.com/',
      'http://localhost@evil.com:5173/',
      'http://user@localhost:5173/',
      'http://user:pw@127.0.0.1:5173/',
      'http://127.0.0.1.evil.com:5173/',
      'ws://localhost:5173/',
      'file:///tmp/index.html',
      'app://casefile/',
      'nonsense',
      '',
      undefined,
    ]) {
      expect(devRun(url), String(url)).toBeNull()
    }
  })
})

describe('isExplicitDevMode', () => {
  it('is true only for the flag electron-vite dev sets', () => {
    expect(isExplicitDevMode({ NODE_ENV_ELECTRON_VITE: 'development' })).toBe(true)
    for (const env of [
      {},
      { NODE_ENV_ELECTRON_VITE: 'production' },
      { NODE_ENV_ELECTRON_VITE: 'Development' },
      { NODE_ENV_ELECTRON_VITE: '' },
      { NODE_ENV: 'development' },
      { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
    ]) {
      expect(isExplicitDevMode(env), JSON.stringify(env)).toBe(false)
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

  it('compares parsed origins, so look-alikes of the dev server fail even in development', () => {
    expect(isAllowedNavigation('HTTP://LOCALHOST:5173/src/main.tsx', dev)).toBe(true)
    for (const url of [
      'http://localhost:5173.evil.com/',
      'http://localhost:5173@evil.com/',
      'http://user@localhost:5173/',
      'http://localhost:51730/',
      'http://127.0.0.1:5173/',
      'ws://localhost:5173/',
    ]) {
      expect(isAllowedNavigation(url, dev), url).toBe(false)
    }
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
