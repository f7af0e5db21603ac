import { describe, expect, it } from 'vitest'
import { parseRoute, routeHash, type Route } from './routes'

describe('routes', () => {
  it('parses the reader, a passage and the notebook', () => {
    expect(parseRoute('#/doc/abc')).toEqual({ view: 'reader', docId: 'abc', highlightId: null })
    expect(parseRoute('#/doc/abc/h/123')).toEqual({
      view: 'reader',
      docId: 'abc',
      highlightId: '123',
    })
    expect(parseRoute('#/notebook')).toEqual({ view: 'notebook' })
  })

  it('parses the claims table, a claim and the matrix of chosen claims', () => {
    expect(parseRoute('#/claims')).toEqual({ view: 'claims' })
    expect(parseRoute('#/claims/c1')).toEqual({ view: 'claim', claimId: 'c1' })
    expect(parseRoute('#/matrix/c1,c2')).toEqual({ view: 'matrix', claimIds: ['c1', 'c2'] })
    expect(parseRoute('#/matrix')).toEqual({ view: 'matrix', claimIds: [] })
  })

  it('falls back to the reader for anything else, including malformed escapes', () => {
    expect(parseRoute('')).toEqual({ view: 'reader', docId: null, highlightId: null })
    expect(parseRoute('#/doc/%E0%A4%A')).toEqual({
      view: 'reader',
      docId: '%E0%A4%A',
      highlightId: null,
    })
  })

  it('parses a passage to open at, and ignores a malformed or empty span', () => {
    expect(parseRoute('#/doc/abc/at/120-134')).toEqual({
      view: 'reader',
      docId: 'abc',
      highlightId: null,
      at: { start: 120, end: 134 },
    })
    for (const bad of ['134-120', '5-5', '-3-4', 'x-9', '1e3-2e3', '']) {
      expect(parseRoute(`#/doc/abc/at/${bad}`)).toEqual({
        view: 'reader',
        docId: 'abc',
        highlightId: null,
      })
    }
  })

  it('parses the entities and one entity, whose ids hold colons', () => {
    expect(parseRoute('#/entities')).toEqual({ view: 'entities', entityId: null })
    expect(parseRoute(routeHash({ view: 'entities', entityId: 'person:ebrahimraisi' }))).toEqual({
      view: 'entities',
      entityId: 'person:ebrahimraisi',
    })
  })

  it('parses a comparison of two passages, and a broken one as the sources overview', () => {
    expect(parseRoute('#/compare/x/10-20/y/30-45')).toEqual({
      view: 'compare',
      a: { docId: 'x', start: 10, end: 20 },
      b: { docId: 'y', start: 30, end: 45 },
    })
    for (const bad of ['#/compare/x/10-20', '#/compare/x/20-10/y/1-2', '#/compare']) {
      expect(parseRoute(bad)).toEqual({ view: 'sources' })
    }
  })

  it('round-trips every route', () => {
    const routes: Route[] = [
      { view: 'notebook' },
      { view: 'reader', docId: 'a b/c', highlightId: null },
      { view: 'reader', docId: 'x', highlightId: 'y' },
      { view: 'claims' },
      { view: 'claim', claimId: '0b9e-4c' },
      { view: 'matrix', claimIds: [] },
      { view: 'matrix', claimIds: ['c1', 'c2'] },
      { view: 'timelines', timelineId: null, eventId: null },
      { view: 'timelines', timelineId: 't 1', eventId: null },
      { view: 'timelines', timelineId: 't1', eventId: 'e/2' },
      { view: 'briefs', briefId: null },
      { view: 'briefs', briefId: 'b/1 x' },
      { view: 'reader', docId: 'x', highlightId: null, at: { start: 0, end: 9 } },
      { view: 'entities', entityId: null },
      { view: 'entities', entityId: 'split:place/Baluchistan' },
      { view: 'sources' },
      {
        view: 'compare',
        a: { docId: 'imported:a/1', start: 10, end: 90 },
        b: { docId: 'b c', start: 0, end: 75 },
      },
    ]
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route)
  })
})
