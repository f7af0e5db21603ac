import { describe, expect, it } from 'vitest'
import { stringifyInSteps, type JsonReplacer } from './stringify-in-steps'

/** Sorted keys, as the backup's replacer (db/backup.ts) writes them. */
const sortedKeys: JsonReplacer = (_key, value) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const sorted = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key]
  return sorted
}
const identity: JsonReplacer = (_key, value) => value
const tick = () => Promise.resolve()

/** Awkward values at every level JSON.stringify treats specially. */
function awkward(): unknown {
  const proto = JSON.parse('{"__proto__": {"polluted": true}, "b": 1}') as unknown
  return {
    zeta: 'last',
    alpha: ['x', undefined, () => 1, Symbol('s'), null, NaN, -0, 1e21, { k: undefined }],
    createdAt: new Date(Date.UTC(2026, 11, 7, 3, 4, 5)),
    skipped: undefined,
    fn: () => 2,
    tables: {
      highlights: [
        { id: 'h1', exact: 'Pakistan’s “strikes” — ضربات', note: 'line\nbreak\u2028sep\u0000nul' },
        { id: 'h2', tags: [], nested: { deep: [[1, [2, { z: 1, a: 2 }]]] } },
        undefined,
        null,
        'a row that is a string',
      ],
      settings: [{ key: 'weird', value: proto }],
      '10': [1],
      '2': [2],
      empty: [],
      object: {},
    },
    big: { 2: 'two', 10: 'ten', b: 'b', a: 'a' },
  }
}

describe('stringifyInSteps', () => {
  it('gives JSON.stringify’s text byte for byte, with sorted keys and without a replacer’s change', async () => {
    for (const replacer of [sortedKeys, identity]) {
      for (const value of [
        awkward(),
        [],
        {},
        'text',
        42,
        null,
        [[['deep']]],
        { tables: { rows: Array.from({ length: 500 }, (_, i) => ({ i, t: `row ${i}` })) } },
      ]) {
        expect(await stringifyInSteps(value, replacer, tick)).toBe(JSON.stringify(value, replacer))
      }
    }
  })

  it('pauses after every row of the walked levels, not inside a row', async () => {
    const rows = { tables: { rows: Array.from({ length: 50 }, (_, i) => ({ i, deep: [1, 2] })) } }
    let pauses = 0
    const pause = () => {
      pauses++
      return Promise.resolve()
    }
    expect(await stringifyInSteps(rows, sortedKeys, pause)).toBe(JSON.stringify(rows, sortedKeys))
    expect(pauses).toBe(50)
  })

  it('refuses a value with no JSON, as JSON.stringify gives none', async () => {
    await expect(stringifyInSteps(undefined, identity, tick)).rejects.toThrow('no JSON')
  })
})
