import { describe, expect, it } from 'vitest'
import { buildClaimRows, identitiesOf, type GradedEvidence } from '../claims/claim-rows'
import { CLAIMS_CSV_HEADER, claimsCsv } from './claims-csv'
import { parseCsv } from './parse-csv'

const sources = identitiesOf([
  { id: 'dawn', authors: ['A. Khan'], outlet: 'Dawn' },
  { id: 'dawn-2', authors: ['B. Ali'], outlet: 'Dawn' },
  { id: 'irna', authors: [], outlet: 'IRNA' },
  { id: 'insight', authors: ['Samiha Yousaf'], outlet: 'The Diplomatic Insight' },
])

const claims = [
  {
    id: 'c1',
    statement: 'Iran struck targets in Balochistan on 16 January, "precisely"',
    status: 'supported' as const,
    confidence: 'likely',
    tags: ['strikes', 'Iran, Pakistan'],
    updatedAt: Date.UTC(2024, 1, 3, 14, 5),
  },
  {
    id: 'c2',
    statement: '=HYPERLINK("http://evil","click")',
    status: 'unverified' as const,
    confidence: null,
    tags: [],
    updatedAt: Date.UTC(2024, 1, 4),
  },
  {
    id: 'c3',
    statement: 'Both sides\nwant de-escalation',
    status: 'supported' as const,
    confidence: 'almost-certain',
    tags: ['diplomacy'],
    updatedAt: Date.UTC(2024, 1, 5),
  },
]

let n = 0
const link = (
  claimId: string,
  docId: string,
  stance: GradedEvidence['stance'],
): GradedEvidence => ({
  id: `e${++n}`,
  claimId,
  highlightId: `h${n}`,
  docId,
  stance,
  credibility: null,
})

const evidence = [
  link('c1', 'dawn', 'supports'),
  link('c1', 'dawn-2', 'supports'),
  link('c1', 'irna', 'supports'),
  link('c1', 'insight', 'contradicts'),
  link('c1', 'insight', 'context'),
  link('c3', 'dawn', 'supports'),
  link('c3', 'dawn-2', 'supports'),
]

const rows = buildClaimRows(claims, evidence, sources, new Map()).map((row) => ({
  ...row,
  note: row.id === 'c1' ? 'Check the IRNA timing, "officially" 02:00' : '',
}))

describe('claimsCsv', () => {
  const [header, ...records] = parseCsv(claimsCsv(rows))
  const byId = new Map(
    records.map((record) => [
      record.at(-1),
      Object.fromEntries(CLAIMS_CSV_HEADER.map((name, i) => [name, record[i]])),
    ]),
  )

  it('names the columns as the claims table does, then the extra ones', () => {
    expect(header).toEqual([...CLAIMS_CSV_HEADER])
    expect(header?.slice(0, 8)).toEqual([
      'Statement',
      'Status',
      'Evidence suggests',
      'Confidence',
      'Supporting',
      'Contradicting',
      'Context',
      'Independent sources',
    ])
  })

  it('writes one record per claim in the order given', () => {
    expect(records.map((record) => record.at(-1))).toEqual(['c1', 'c2', 'c3'])
  })

  it('writes a claim with mixed evidence as the table counts it', () => {
    expect(byId.get('c1')).toEqual({
      Statement: claims[0]!.statement,
      Status: 'Supported',
      'Evidence suggests': 'Contested',
      Confidence: 'Likely (55–80%)',
      Supporting: '3',
      Contradicting: '1',
      Context: '1',
      // The two Dawn pieces share an outlet, so they count once.
      'Independent sources': '3',
      'Independent supporting': '2',
      'Independent contradicting': '1',
      'Single source': 'no',
      Tags: 'strikes; Iran, Pakistan',
      Note: 'Check the IRNA timing, "officially" 02:00',
      'Last updated': '2024-02-03T14:05:00.000Z',
      'Claim ID': 'c1',
    })
  })

  it('marks single-source claims and keeps line breaks inside a statement', () => {
    expect(byId.get('c3')).toMatchObject({
      Statement: 'Both sides\nwant de-escalation',
      'Single source': 'yes',
      'Independent sources': '1',
      Confidence: 'Almost certain (95–99%)',
    })
  })

  it('writes a claim without evidence or judgement plainly, and defuses a formula', () => {
    expect(byId.get('c2')).toMatchObject({
      Statement: `'=HYPERLINK("http://evil","click")`,
      Status: 'Unverified',
      'Evidence suggests': 'Unverified',
      Confidence: 'Not assessed',
      Supporting: '0',
      'Independent sources': '0',
      'Single source': 'no',
      Tags: '',
      Note: '',
    })
  })

  it('accepts rows without a note', () => {
    const withoutNotes = buildClaimRows(claims, evidence, sources, new Map())
    const [, first] = parseCsv(claimsCsv(withoutNotes, { bom: false }))
    expect(first?.[CLAIMS_CSV_HEADER.indexOf('Note')]).toBe('')
  })
})
