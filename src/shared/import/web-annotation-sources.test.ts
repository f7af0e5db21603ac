import { describe, expect, it } from 'vitest'
import { revisionIri, sourceIri } from '../exports/web-annotation'
import {
  casefileDocId,
  casefileRevision,
  createSourceMatcher,
  titleKey,
  webAddressKey,
  type SourceMeta,
} from './web-annotation-sources'

describe('webAddressKey', () => {
  it('gives copies of one address the same key', () => {
    const key = 'example.org/2024/02/story'
    expect(webAddressKey('https://example.org/2024/02/story')).toBe(key)
    expect(webAddressKey('http://www.Example.ORG/2024/02/story/')).toBe(key)
    expect(webAddressKey('https://example.org:443/2024/02/story#comments')).toBe(key)
    expect(webAddressKey('https://example.org/2024/02/story?utm_source=mail&utm_medium=x')).toBe(
      key,
    )
    expect(webAddressKey(' https://example.org/2024/02/story?fbclid=abc ')).toBe(key)
  })

  it('keeps what tells pages apart: path case, query, port', () => {
    expect(webAddressKey('https://example.org/Story')).not.toBe(
      webAddressKey('https://example.org/story'),
    )
    expect(webAddressKey('https://example.org/read?id=7&utm_source=x')).toBe(
      'example.org/read?id=7',
    )
    expect(webAddressKey('https://example.org:8080/a')).toBe('example.org:8080/a')
  })

  it('is null for what is not a web address', () => {
    expect(webAddressKey('urn:casefile:source:doc')).toBeNull()
    expect(webAddressKey('urn:x-pdf:6f1c0a')).toBeNull()
    expect(webAddressKey('ftp://example.org/a')).toBeNull()
    expect(webAddressKey('https://')).toBeNull()
  })
})

describe('titleKey', () => {
  it('ignores case, typographic quotes and dashes, and spacing', () => {
    expect(titleKey('From rivals to partners: Pakistan and Iran’s diplomatic turnaround')).toBe(
      titleKey("from rivals to partners:  Pakistan and Iran's Diplomatic Turnaround "),
    )
    expect(titleKey('Pakistan–Iran “ties”')).toBe(titleKey('Pakistan-Iran "ties"'))
  })
})

describe('Casefile IRIs', () => {
  it("reads back what Casefile's export writes, odd ids included", () => {
    for (const id of ['pakistan-and-iran', 'doc:with:colons', 'ملف 1']) {
      expect(casefileDocId(sourceIri(id))).toBe(id)
      expect(casefileRevision(revisionIri(id, 'ab12'))).toEqual({ docId: id, rev: 'ab12' })
    }
    expect(casefileDocId('https://example.org')).toBeNull()
    expect(casefileDocId('urn:casefile:source:%E0%A4%A')).toBeNull()
    expect(casefileRevision('urn:casefile:source:doc')).toBeNull()
  })
})

describe('createSourceMatcher', () => {
  const metas: SourceMeta[] = [
    {
      id: 'tahir',
      title: 'Pakistan and Iran: The way forward',
      sourceUrl: 'https://example.org/way-forward',
    },
    { id: 'yousaf', title: 'Seeking Stability', sourceUrl: null },
    { id: 'copy-1', title: 'Twice', sourceUrl: 'https://example.com/twice' },
    { id: 'copy-2', title: 'Twice', sourceUrl: 'https://www.example.com/twice/' },
  ]
  const matcher = createSourceMatcher(metas, { 'https://recogito.example/part/1': 'yousaf' })
  const match = (source: string | null, title: string | null = null, state: string | null = null) =>
    matcher.match({ source, title, state })

  it('matches the analyst’s choice, Casefile IRIs, ids, addresses and titles, in that order', () => {
    expect(match('https://recogito.example/part/1')).toEqual({ docId: 'yousaf', by: 'chosen' })
    expect(match(sourceIri('tahir'))).toEqual({ docId: 'tahir', by: 'casefile' })
    expect(match(null, null, revisionIri('tahir', 'r1'))).toEqual({
      docId: 'tahir',
      by: 'casefile',
    })
    expect(match('yousaf')).toEqual({ docId: 'yousaf', by: 'id' })
    expect(match('http://www.example.org/way-forward/', 'Other')).toEqual({
      docId: 'tahir',
      by: 'url',
    })
    expect(match('https://elsewhere.example/x', 'seeking  stability')).toEqual({
      docId: 'yousaf',
      by: 'title',
    })
  })

  it('says why nothing matched', () => {
    expect(match('https://elsewhere.example/x')).toEqual({
      docId: null,
      why: 'no source matches https://elsewhere.example/x',
    })
    expect(match('https://elsewhere.example/x', 'Unknown')).toEqual({
      docId: null,
      why: 'no source matches https://elsewhere.example/x (‘Unknown’)',
    })
    expect(match(null, 'Unknown')).toEqual({ docId: null, why: 'no source matches ‘Unknown’' })
    expect(match(null)).toEqual({
      docId: null,
      why: 'the annotation does not say which source it is on',
    })
    expect(match(sourceIri('deleted-doc'))).toEqual({
      docId: null,
      why: 'no source matches urn:casefile:source:deleted-doc',
    })
  })

  it('refuses to guess between documents sharing an address or a title', () => {
    expect(match('https://example.com/twice')).toEqual({
      docId: null,
      why: 'more than one source has the address https://example.com/twice',
    })
    expect(match(null, 'twice')).toEqual({
      docId: null,
      why: 'more than one source is titled ‘twice’',
    })
  })

  it('ignores a choice naming no document', () => {
    const stale = createSourceMatcher(metas, { 'https://x.example/': 'gone' })
    expect(stale.match({ source: 'https://x.example/', title: null, state: null }).docId).toBeNull()
  })
})
