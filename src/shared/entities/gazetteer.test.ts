import { describe, expect, it } from 'vitest'
import { entityKey } from './entity-key'
import { GAZETTEER } from './gazetteer'
import { gazetteerMatches } from './gazetteer-match'

describe('GAZETTEER', () => {
  it('finds every name and alias as its entry, under the name’s key', () => {
    for (const entry of GAZETTEER) {
      for (const form of [entry.name, ...(entry.aliases ?? [])]) {
        const text = `Reports on ${form} today.`
        const found = gazetteerMatches(text).map((m) => [m.kind, text.slice(m.start, m.end)])
        expect(found, form).toEqual([[entry.kind, form]])
        if (entry.kind === null) continue
        expect(entityKey(entry.kind, form), form).toBe(entityKey(entry.kind, entry.name))
      }
    }
  })

  it('gives every entry its own key', () => {
    const keys = GAZETTEER.flatMap((e) => (e.kind ? [entityKey(e.kind, e.name)] : []))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('matches acronyms only in capitals', () => {
    expect(gazetteerMatches('Tell us about the Ispr and the US.')).toEqual([
      { kind: 'place', start: 31, end: 33 },
    ])
  })

  it('finds every spelling the key rule groups, and the longest name at a place', () => {
    const text = 'Hossein Amirabdollahian flew over Baluchistan and Sistan-Baluchestan.'
    expect(gazetteerMatches(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'Hossein Amirabdollahian',
      'Baluchistan',
      'Sistan-Baluchestan',
    ])
  })
})
