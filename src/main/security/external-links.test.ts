import { describe, expect, it } from 'vitest'
import {
  decideWindowOpen,
  externalUrlToOpen,
  isAllowedExternalUrl,
  MAX_EXTERNAL_URL_LENGTH,
  openExternalPrompt,
} from './external-links'
import { isAllowedSender } from './policy'

describe('externalUrlToOpen', () => {
  it('lets plain https pages out, normalised by the URL parser', () => {
    expect(externalUrlToOpen('https://example.com/report?id=1#p2')).toBe(
      'https://example.com/report?id=1#p2',
    )
    expect(externalUrlToOpen('HTTPS://EXAMPLE.COM/a')).toBe('https://example.com/a')
    expect(externalUrlToOpen('https://example.com:443/')).toBe('https://example.com/')
    expect(externalUrlToOpen('https://example.com\t/x\n')).toBe('https://example.com/x')
  })

  it('hands on look-alike hosts in punycode, never as Unicode', () => {
    expect(externalUrlToOpen('https://\u0430pple.com/')).toBe('https://xn--pple-43d.com/')
  })

  it('refuses every scheme but https, however it is spelled', () => {
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'file://server/share/run.exe',
      'FILE:///C:/Windows/System32/calc.exe',
      'smb://attacker.example/share',
      '\\\\attacker.example\\share',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'javascript://example.com/%0aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x',
      'zoommtg://zoom.us/join',
      'vscode://file/etc/passwd',
      'mailto:a@example.com',
      'ftp://example.com/',
      'app://casefile/index.html',
      'chrome://settings',
      'about:blank',
      'blob:https://example.com/0b8e',
    ]) {
      expect(externalUrlToOpen(url), url).toBeNull()
    }
  })

  it('refuses credentials, junk and missing input', () => {
    for (const url of [
      'https://bank.example@evil.example/',
      'https://user:pw@example.com/',
      'https://:pw@example.com/',
      'https://',
      'https://exa mple.com/',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(externalUrlToOpen(url), String(url)).toBeNull()
    }
  })

  it('refuses URLs long enough to carry a database out', () => {
    const base = 'https://example.com/?q='
    const fits = base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length)
    expect(externalUrlToOpen(fits)).toBe(fits)
    expect(externalUrlToOpen(fits + 'a')).toBeNull()
    // Percent-encoding by the parser can lengthen a URL past the limit.
    const grows = base + 'é'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length)
    expect(grows.length).toBe(MAX_EXTERNAL_URL_LENGTH)
    expect(externalUrlToOpen(grows)).toBeNull()
  })

  it('agrees with isAllowedExternalUrl', () => {
    expect(isAllowedExternalUrl('https://example.com/')).toBe(true)
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false)
  })
})

describe('decideWindowOpen', () => {
  const trusted = (url: string | null) => isAllowedSender(url, { devServerOrigin: null })
  const app = 'app://casefile/index.html#/briefs'

  it('always denies the window', () => {
    for (const url of ['https://example.com/', 'app://casefile/index.html', 'file:///etc/passwd']) {
      expect(decideWindowOpen(url, app, trusted).action, url).toBe('deny')
    }
  })

  it('offers an https link from the app to the browser', () => {
    expect(decideWindowOpen('https://example.com/a', app, trusted)).toEqual({
      action: 'deny',
      openExternally: 'https://example.com/a',
    })
  })

  it('offers nothing for a link the allow-list refuses', () => {
    for (const url of ['file:///etc/passwd', 'smb://host/share', 'casefile-x://run', 'http://a/']) {
      expect(decideWindowOpen(url, app, trusted).openExternally, url).toBeNull()
    }
  })

  it('offers nothing when the opener is not an app page', () => {
    for (const opener of [
      'https://example.com/',
      'app://casefile.evil/index.html',
      'app://casefile@evil/index.html',
      'about:blank',
      null,
    ]) {
      expect(
        decideWindowOpen('https://example.com/', opener, trusted).openExternally,
        String(opener),
      ).toBeNull()
    }
  })
})

describe('openExternalPrompt', () => {
  it('names the host and the full address, and cancels by default', () => {
    const prompt = openExternalPrompt('https://xn--pple-43d.com/login')
    expect(prompt.message).toContain('xn--pple-43d.com')
    expect(prompt.detail).toContain('https://xn--pple-43d.com/login')
    expect(prompt.buttons[prompt.openId]).toBe('Open in browser')
    expect(prompt.defaultId).toBe(prompt.cancelId)
    expect(prompt.defaultId).not.toBe(prompt.openId)
  })
})
