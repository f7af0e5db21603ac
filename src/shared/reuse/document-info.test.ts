import { describe, expect, it } from 'vitest'
import { reuseDocumentInfo, reuseOutlet } from './document-info'

describe('reuseOutlet', () => {
  it('groups a document under the outlet it states, else under its web site', () => {
    expect(reuseOutlet({ outlet: ' Dawn ', sourceUrl: 'https://www.dawn.com/news/1' })).toBe('dawn')
    expect(reuseOutlet({ outlet: null, sourceUrl: 'https://www.Dawn.com/news/1' })).toBe('dawn.com')
    expect(reuseOutlet({ outlet: '', sourceUrl: 'http://user@blog.example.org:8080/p?x' })).toBe(
      'blog.example.org',
    )
    expect(reuseOutlet({ outlet: null, sourceUrl: 'not a web address' })).toBeNull()
    expect(reuseOutlet({ outlet: null })).toBeNull()
  })
})

describe('reuseDocumentInfo', () => {
  it('orders by the earliest day a partial date can mean, unknown as unknown', () => {
    const july = reuseDocumentInfo('Dawn', { year: 2023, month: 7, approximate: true })
    const fifth = reuseDocumentInfo('Dawn', { year: 2023, month: 7, day: 5, approximate: false })
    expect(july.published!).toBeLessThan(fifth.published!)
    expect(reuseDocumentInfo(null, null)).toEqual({ outlet: null, published: null })
  })
})
