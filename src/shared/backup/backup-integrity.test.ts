import { describe, expect, it } from 'vitest'
import { assembleDocument } from '../corpus/parse-document'
import { integrityProblems } from './backup-integrity'
import { sampleBackup } from './sample-backup'

describe('integrityProblems', () => {
  it('finds nothing wrong in a consistent backup', () => {
    expect(integrityProblems(sampleBackup().tables)).toEqual([])
  })

  it('refuses an imported document whose text is not its paragraphs joined', () => {
    const { tables } = sampleBackup()
    const document = assembleDocument(
      {
        id: 'imp',
        title: 'Field notes',
        authors: [],
        outlet: null,
        published: null,
        genre: 'notes',
        raw: 'notes.txt',
        authorNote: null,
      },
      [
        { kind: 'paragraph', level: 0, text: 'The crossing reopened.', marks: [] },
        { kind: 'paragraph', level: 0, text: 'Queues formed.', marks: [] },
      ],
    )
    tables.documents = [{ id: 'imp', addedAt: 1, document }]
    expect(integrityProblems(tables)).toEqual([])
    tables.documents = [{ id: 'imp', addedAt: 1, document: { ...document, text: 'Edited.' } }]
    expect(integrityProblems(tables).map((p) => p.message)).toEqual([
      'documents[0] (“Field notes”) has a text that is not its paragraphs joined; it was changed outside Casefile.',
    ])
  })

  it('names duplicate keys by table, with both rows', () => {
    const { tables } = sampleBackup()
    tables.settings = [
      { key: 'colours', value: 1, updatedAt: 1 },
      { key: 'colours', value: 2, updatedAt: 1 },
    ]
    tables.sourceGrades = [
      { docId: 'a', reliability: 'A', updatedAt: 1 },
      { docId: 'a', reliability: null, updatedAt: 1 },
    ]
    expect(integrityProblems(tables).map((p) => p.message)).toEqual([
      'Two settings have the key "colours" (settings[0] and settings[1]).',
      'Two source grades have the document id "a" (sourceGrades[0] and sourceGrades[1]).',
    ])
  })

  it('lists every dangling reference of an event', () => {
    const { tables } = sampleBackup()
    tables.timelines = []
    tables.highlights = tables.highlights.filter((h) => h.id !== 'h2')
    tables.events = tables.events.filter((e) => e.id !== 'ev1')
    expect(integrityProblems(tables).map((p) => [p.kind, p.message])).toEqual([
      ['reference', 'events[0] (id ev2) belongs to timeline "t1", which is not in the backup.'],
      [
        'reference',
        'events[0] (id ev2) is dated relative to event "ev1", which is not in the backup.',
      ],
    ])
  })

  it('refuses relative dates that loop, naming the chain once per loop', () => {
    const { tables } = sampleBackup()
    const relative = (eventId: string) =>
      ({
        kind: 'relative',
        eventId,
        offset: { amount: 1, unit: 'day' },
        approximate: false,
      }) as const
    tables.events[0]!.date = relative('ev2')
    // An event dated from the loop cannot be dated either, but the loop is the fault.
    tables.events.push({ ...tables.events[1]!, id: 'ev3', title: 'Aftermath' })
    tables.events.push({ ...tables.events[1]!, id: 'ev4', title: 'Echo', date: relative('ev4') })
    expect(integrityProblems(tables).map((p) => [p.kind, p.message])).toEqual([
      [
        'date-loop',
        'events[0] (id ev1) cannot be dated: “Meeting” is dated relative to itself through “Statement” → “Meeting” (ev1 → ev2 → ev1).',
      ],
      [
        'date-loop',
        'events[3] (id ev4) cannot be dated: “Echo” is dated relative to itself (ev4 → ev4).',
      ],
    ])
  })

  it('does not treat a brief’s selections or a highlight’s document as references', () => {
    const { tables } = sampleBackup()
    tables.briefs[0]!.claims.ids = ['gone']
    tables.highlights[0]!.docId = 'not-imported'
    expect(integrityProblems(tables)).toEqual([])
  })
})
