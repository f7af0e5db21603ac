import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  entityKey,
  foldWords,
  isSingleWordName,
  isTitleWord,
  nameWords,
  surnameKeys,
} from './entity-key'

describe('entityKey', () => {
  it('groups the foreign minister’s three spellings', () => {
    const key = entityKey('person', 'Hossein Amirabdollahian')
    expect(key).toBe('person:hosseinamirabdollahian')
    expect(entityKey('person', 'Hossein Amir-Abdollahian')).toBe(key)
    expect(entityKey('person', 'Hossein Amir Abdollahian')).toBe(key)
  })

  it('strips titles, honorifics and possessives from people', () => {
    const key = entityKey('person', 'Hossein Amirabdollahian')
    expect(entityKey('person', 'Foreign Minister Hossein Amir-Abdollahian')).toBe(key)
    expect(entityKey('person', 'Hossein Amir-Abdollahian’s')).toBe(key)
    expect(entityKey('person', "Hossein Amir-Abdollahian's")).toBe(key)
    expect(entityKey('person', 'Major General Mohammad Bagheri')).toBe(
      entityKey('person', 'Mohammad Bagheri'),
    )
    expect(entityKey('person', 'Gen Asim Munir')).toBe(entityKey('person', 'Asim Munir'))
    expect(entityKey('person', 'Dr. Asim Munir')).toBe(entityKey('person', 'Asim Munir'))
  })

  it('keeps a title that is the whole name rather than folding to nothing', () => {
    expect(entityKey('person', 'Minister')).toBe('person:minister')
  })

  it('groups Balochistan and Baluchistan, and the Iranian province’s spellings apart from it', () => {
    expect(entityKey('place', 'Baluchistan')).toBe(entityKey('place', 'Balochistan'))
    expect(entityKey('place', 'BALOCHISTAN')).toBe(entityKey('place', 'Balochistan'))
    const iranian = entityKey('place', 'Sistan-Baluchestan')
    expect(entityKey('place', 'Sistan-Baluchistan')).toBe(iranian)
    expect(entityKey('place', 'Sistan and Baluchestan')).toBe(iranian)
    expect(entityKey('place', 'Seistan-Baluchistan')).toBe(iranian)
    expect(iranian).not.toBe(entityKey('place', 'Balochistan'))
  })

  it('does not group names that differ by a letter that matters', () => {
    expect(entityKey('place', 'Iran')).not.toBe(entityKey('place', 'Iraq'))
    expect(entityKey('place', 'Pakistan')).not.toBe(entityKey('place', 'Pakistani'))
    expect(entityKey('place', 'Oman')).not.toBe(entityKey('place', 'Amman'))
    expect(entityKey('place', 'Sistan')).not.toBe(entityKey('place', 'Balochistan'))
    expect(entityKey('place', 'Austria')).not.toBe(entityKey('place', 'Australia'))
  })

  it('groups Jaish al-Adl’s spellings and its curated alias', () => {
    const key = entityKey('organisation', 'Jaish al-Adl')
    expect(entityKey('organisation', 'Jaish-al-Adl')).toBe(key)
    expect(entityKey('organisation', 'Jaish al Adl')).toBe(key)
    expect(entityKey('organisation', 'Jaish ul-Adl')).toBe(key)
  })

  it('resolves curated aliases and acronyms to the gazetteer name', () => {
    expect(entityKey('organisation', 'ISPR')).toBe(
      entityKey('organisation', 'Inter-Services Public Relations'),
    )
    expect(entityKey('organisation', 'Baloch Liberation Army')).toBe(
      entityKey('organisation', 'BLA'),
    )
    expect(entityKey('place', 'U.S.')).toBe(entityKey('place', 'United States'))
    expect(entityKey('organisation', 'the Foreign Office')).toBe(
      entityKey('organisation', 'Foreign Office'),
    )
  })

  it('does not group different people who share a first name', () => {
    expect(entityKey('person', 'Hossein Salami')).not.toBe(
      entityKey('person', 'Hossein Amirabdollahian'),
    )
    expect(entityKey('person', 'Muhammad Iqbal')).toBe(entityKey('person', 'Mohammed Iqbal'))
    expect(entityKey('person', 'Muhammad Iqbal')).not.toBe(entityKey('person', 'Muhammad Ali'))
  })

  it('folds diacritics and keeps kinds apart', () => {
    expect(entityKey('place', 'Baluchestān')).toBe(entityKey('place', 'Baluchestan'))
    expect(entityKey('person', 'Jordan')).not.toBe(entityKey('place', 'Jordan'))
  })
})

describe('name words', () => {
  it('splits at separators and transliterates word by word', () => {
    expect(foldWords('Sistan-Baluchestan’s')).toEqual(['sistan', 'balochistan'])
    expect(nameWords('person', 'President Ebrahim Raisi')).toEqual(['ebrahim', 'raisi'])
    expect(nameWords('organisation', 'The Cradle')).toEqual(['cradle'])
  })

  it('gives the surname keys a one-word mention could have', () => {
    expect(surnameKeys('person', 'Hossein Amir Abdollahian')).toEqual([
      'person:amirabdollahian',
      'person:abdollahian',
    ])
    expect(surnameKeys('person', 'Raisi')).toEqual([])
    expect(surnameKeys('place', 'Saudi Arabia')).toEqual([])
    expect(isSingleWordName('person', 'President Raisi')).toBe(true)
    expect(isSingleWordName('person', 'Ebrahim Raisi')).toBe(false)
  })

  it('knows titles in any case, with or without a dot', () => {
    expect(isTitleWord('Minister')).toBe(true)
    expect(isTitleWord('gen.')).toBe(true)
    expect(isTitleWord('Hossein')).toBe(false)
  })
})

describe('entityKey properties', () => {
  const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/)
  const separator = fc.constantFrom(' ', '-', '‑', '')

  it('ignores how the words of a name are separated, and letter case', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 4 }), (parts) => {
        const spaced = parts.map(([w]) => w).join(' ')
        const written = parts.map(([w, sep], i) => (i === 0 ? w : sep + w)).join('')
        const key = entityKey('organisation', spaced)
        expect(entityKey('organisation', written)).toBe(key)
        expect(entityKey('organisation', written.toUpperCase())).toBe(key)
        expect(entityKey('organisation', `${written}’s`)).toBe(key)
      }),
    )
  })

  it('is a fixed point: a key’s letters read again give the same key', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), (words) => {
        const key = entityKey('place', words.join(' '))
        const letters = key.slice('place:'.length)
        expect(entityKey('place', letters)).toBe(key)
      }),
    )
  })
})
