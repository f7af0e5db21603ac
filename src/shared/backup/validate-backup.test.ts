import { describe, expect, it } from 'vitest'
import { sampleBackup } from './sample-backup'
import { MAX_FILE_BYTES } from '../file-size'
import { backupSizeProblem, checkBackup, MAX_BACKUP_BYTES, readBackup } from './validate-backup'

const messages = (text: string, maxBytes?: number) => {
  const result = readBackup(text, { maxBytes })
  return result.ok ? [] : result.problems.map((problem) => problem.message)
}

describe('readBackup', () => {
  it('reads a valid backup, keeping every row', () => {
    const result = readBackup(JSON.stringify(sampleBackup()))
    expect(result.ok && result.backup).toEqual(sampleBackup())
  })

  it('accepts what the app can write: empty document references left by migrations, brief selections of deleted rows', () => {
    const backup = sampleBackup()
    backup.tables.evidence[0]!.docId = ''
    backup.tables.events[0]!.sources[0]!.docId = ''
    backup.tables.highlights[0]!.docId = 'an-imported-document-not-in-the-backup'
    expect(checkBackup(backup).ok).toBe(true)
  })

  it('mends evidence whose source is not its passage’s, and says so', () => {
    const backup = sampleBackup()
    backup.tables.evidence[0]!.docId = 'another-source'
    const result = checkBackup(backup)
    expect(result.ok && result.backup.tables.evidence[0]!.docId).toBe('bundled-a')
    expect(result.ok && result.repairs.map((repair) => repair.message)).toEqual([
      '1 evidence link pointed at a different source than its passage; it now follows the passage.',
    ])
  })

  it('refuses a file over the size limit before parsing it', () => {
    const text = JSON.stringify(sampleBackup())
    expect(messages(text, 1000)).toEqual([
      expect.stringMatching(/^This file is .* MB; Casefile restores backups of up to 0 MB\./),
    ])
    expect(messages(text, text.length)).toEqual([])
  })

  it('counts bytes, not characters, against the limit', () => {
    const text = JSON.stringify({ ...sampleBackup(), app: { name: 'Casefile ✓✓✓✓', version: '1' } })
    expect(messages(text, text.length)).toHaveLength(1)
    expect(messages(text, text.length + 8)).toEqual([])
  })

  it('names every misplaced field and caps the list', () => {
    const backup = sampleBackup() as unknown as { tables: { highlights: object[] } }
    const bad = { id: 'h', docId: 5 }
    backup.tables.highlights = Array.from({ length: 30 }, () => bad)
    const found = messages(JSON.stringify(backup))
    expect(found).toHaveLength(21)
    expect(found[0]).toBe('highlights[0].docId: expected text, found a number.')
    expect(found[20]).toMatch(/^…and [\d,]+ more problems\.$/)
  })

  it('refuses a duplicate evidence link and a dangling event source', () => {
    const backup = sampleBackup()
    backup.tables.evidence.push({ ...backup.tables.evidence[0]!, id: 'e2' })
    backup.tables.events[0]!.highlightIds = ['h9']
    expect(messages(JSON.stringify(backup))).toEqual([
      'evidence[0] and evidence[1] both link highlight "h1" to claim "c1".',
      'events[0] (id ev1) cites highlight "h9", which is not in the backup.',
    ])
  })

  it('refuses a passage that ends before it starts, or at a negative position', () => {
    const backup = sampleBackup()
    backup.tables.highlights[0]!.selectors.position = { start: 12, end: 3 }
    expect(messages(JSON.stringify(backup))).toEqual([
      'highlights[0] (id h1): selectors.position ends at 3, before it starts at 12.',
    ])
    backup.tables.highlights[0]!.selectors.position = { start: -2, end: 3 }
    expect(messages(JSON.stringify(backup))).toEqual([
      'highlights[0].selectors.position.start: must be at least 0, found -2.',
    ])
  })

  it('refuses a setting nested 100,000 levels deep in plain words, without overflowing', () => {
    // Built as text: the value would overflow JSON.stringify (and the database) itself.
    const depth = 100_000
    const deep = `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`
    const good = JSON.stringify({
      ...sampleBackup(),
      tables: { ...sampleBackup().tables, settings: [{ key: 'x', value: 0, updatedAt: 1 }] },
    })
    expect(messages(good.replace('"value":0', `"value":${deep}`))).toEqual([
      'settings[0] (key "x"): the value is nested more than 64 levels deep, deeper than Casefile can store.',
    ])
    // As deep where the schema expects text or an unknown field: refused by the schema.
    const inTags = good.replace('"tags":[]', `"tags":[${deep}]`)
    expect(messages(inTags)).toEqual(['highlights[0].tags[0]: expected text, found an object.'])
    const unknownField = good.replace('"value":0', `"value":0,"extra":${deep}`)
    expect(messages(unknownField)).toEqual(['settings[0]: unexpected field "extra".'])
    // Cut short, the syntax scanner places the fault without recursing either.
    expect(messages(good.replace('"value":0', `"value":${deep}`).slice(0, depth * 3))).toEqual([
      expect.stringMatching(/ends in the middle \(truncated\?\)/),
    ])
  })

  it('refuses a colour, credibility or confidence the app never writes', () => {
    const backup = sampleBackup()
    backup.tables.highlights[0]!.color = 'orange'
    backup.tables.evidence[0]!.credibility = 7
    backup.tables.claims[0]!.confidence = 'probably'
    expect(messages(JSON.stringify(backup))).toEqual([
      'highlights[0].color: expected a highlight colour id (yellow, green, …), found "orange".',
      'claims[0].confidence: expected a confidence level such as "likely", found "probably".',
      'evidence[0].credibility: expected a credibility grade from 1 to 6, found 7.',
    ])
  })
})

describe('backupSizeProblem', () => {
  it('uses the one file cap, so whatever can be saved can be restored', () => {
    expect(MAX_BACKUP_BYTES).toBe(MAX_FILE_BYTES)
  })

  it('passes a file at the limit and refuses one byte more', () => {
    expect(backupSizeProblem(100, 100)).toBeNull()
    expect(backupSizeProblem(101, 100)?.kind).toBe('too-large')
  })
})
