import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, metaTagPolicy } from './csp'

const indexHtml = resolve('src/renderer/index.html')

/** Directive name → its source list, from a policy string. */
function directives(policy: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) map.set(name, sources.join(' '))
  }
  return map
}

/** The content of the first `<meta http-equiv="Content-Security-Policy">`, or null. */
function metaPolicy(html: string): string | null {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gis)) {
    if (!/http-equiv\s*=\s*["']content-security-policy["']/i.test(tag)) continue
    const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/is.exec(tag)
    return (content?.[1] ?? content?.[2] ?? '').replace(/\s+/g, ' ').trim()
  }
  return null
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the agreed strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; " +
        'trusted-types casefile dompurify',
    )
  })

  it('requires Trusted Types and allows no default policy, no duplicate and no other name', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy.get('require-trusted-types-for')).toBe("'script'")
    expect(policy.get('trusted-types')?.split(' ')).toEqual(['casefile', 'dompurify'])
  })

  it('allows no inline or eval script and no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|nonce-|sha\d+-|\*|https?:|wss?:/)
  })
})

describe('metaTagPolicy', () => {
  it('drops the directives a meta tag cannot deliver and keeps the rest in order', () => {
    expect(
      metaTagPolicy("default-src 'self'; frame-ancestors 'none'; sandbox; img-src data:;"),
    ).toBe("default-src 'self'; img-src data:")
  })

  it('leaves the header policy otherwise intact for the meta tag', () => {
    const header = directives(CONTENT_SECURITY_POLICY)
    header.delete('frame-ancestors')
    expect(directives(META_CONTENT_SECURITY_POLICY)).toEqual(header)
  })
})

describe.skipIf(!existsSync(indexHtml))('src/renderer/index.html', () => {
  it('carries the same policy as main sends in its header, less header-only directives', () => {
    const html = readFileSync(indexHtml, 'utf8')
    const meta = metaPolicy(html)
    expect(meta, 'index.html has no Content-Security-Policy meta tag').not.toBeNull()
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY)
  })
})

if (!existsSync(indexHtml)) {
  // Say why the comparison did not run, so a missing renderer is not mistaken for a pass.
  console.warn(`csp.test: ${indexHtml} does not exist yet; the meta-tag comparison is skipped`)
}
