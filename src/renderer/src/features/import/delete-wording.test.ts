import { describe, expect, it } from 'vitest'
import { deleteConsequences } from './delete-wording'

describe('deleteConsequences', () => {
  it('names everything that goes with the document, and what stays', () => {
    expect(
      deleteConsequences('Border report', { highlights: 12, evidence: 5, claims: 3, events: 1 }),
    ).toEqual([
      '“Border report” leaves the library.',
      'Its 12 highlights and their notes are deleted.',
      '3 claims lose 5 evidence links; the claims themselves stay.',
      '1 timeline event loses this source; the event stays.',
      'You can undo this with Ctrl+Z.',
    ])
  })

  it('says when nothing rests on the document', () => {
    expect(
      deleteConsequences('Notes', { highlights: 0, evidence: 0, claims: 0, events: 0 }),
    ).toEqual([
      '“Notes” leaves the library.',
      'Nothing else rests on it.',
      'You can undo this with Ctrl+Z.',
    ])
  })
})
