import { describe, expect, it } from 'vitest'
import { xssPayloads, type XssCategory } from './xss-payloads'

const BEACON = 'http://127.0.0.1:43210'
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('xssPayloads', () => {
  const payloads = xssPayloads(BEACON)

  it('holds at least 200 payloads with unique ids, numbered from 1 in order', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(200)
    expect(new Set(payloads.map((p) => p.id)).size).toBe(payloads.length)
    expect(payloads.map((p) => p.probe)).toEqual(payloads.map((_, i) => i + 1))
  })

  it('covers every kind of attack the hardening issue names', () => {
    const counts = new Map<XssCategory, number>()
    for (const p of payloads) counts.set(p.category, (counts.get(p.category) ?? 0) + 1)
    expect(counts.get('dompurify')).toBeGreaterThanOrEqual(100)
    for (const category of [
      'img',
      'svg',
      'mathml',
      'url-scheme',
      'form',
      'base-meta',
      'clobbering',
    ] as const) {
      expect(counts.get(category), category).toBeGreaterThan(0)
    }
    expect(payloads.some((p) => /<form id="casefile"/.test(p.payload))).toBe(true)
    expect(payloads.some((p) => /<math><mtext><table><mglyph><style><img/.test(p.payload))).toBe(
      true,
    )
  })

  it('arms every payload: no placeholder is left, each probe and beacon path names its payload', () => {
    for (const p of payloads) {
      expect(p.payload, p.id).not.toMatch(/\{PWN\}|\{BEACON\}/)
      for (const probe of p.payload.matchAll(/window\.__pwned=(\d+)/g)) {
        expect(Number(probe[1]), p.id).toBe(p.probe)
      }
      for (const url of p.payload.matchAll(/http:\/\/127\.0\.0\.1:43210\/([\w-]+)/g)) {
        expect(url[1], p.id).toBe(p.id)
      }
    }
    const scriptLike = payloads.filter((p) => /on\w+=|<script|javascript:/i.test(p.payload))
    const armed = scriptLike.filter((p) => p.payload.includes('window.__pwned='))
    // A few keep DOMPurify's original code (a DoS loop, a base64 alert, vbscript).
    expect(armed.length / scriptLike.length).toBeGreaterThan(0.9)
  })

  it('holds no NUL and no lone surrogate, which every text field would replace', () => {
    for (const p of payloads) {
      expect(p.payload.includes('\u0000'), p.id).toBe(false)
      expect(LONE_SURROGATE.test(p.payload), p.id).toBe(false)
    }
  })
})
