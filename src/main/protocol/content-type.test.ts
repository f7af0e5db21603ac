import { describe, expect, it } from 'vitest'
import { contentTypeFor } from './content-type'

describe('contentTypeFor', () => {
  it('gives module scripts a JavaScript type, which Chromium requires to run them', () => {
    expect(contentTypeFor('/out/renderer/assets/index-1a2b.js')).toBe(
      'text/javascript; charset=utf-8',
    )
  })

  it('knows the document, style, font and image types of a Vite build', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8')
    expect(contentTypeFor('f.woff2')).toBe('font/woff2')
    expect(contentTypeFor('icon.SVG')).toBe('image/svg+xml')
  })

  it('falls back to octet-stream for unknown or missing extensions', () => {
    expect(contentTypeFor('data.bin')).toBe('application/octet-stream')
    expect(contentTypeFor('LICENSE')).toBe('application/octet-stream')
  })
})
