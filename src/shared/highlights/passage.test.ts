import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '../corpus/document-model'
import { resolvePassage } from './passage'

const TEXT = 'First paragraph, with some words.\n\nSecond paragraph follows here.'
// Only the fields the resolver reads; the rest of a model does not matter here.
const DOC = { text: TEXT, rev: 'rev-1', meta: { id: 'doc-1' } } as unknown as DocumentModel

describe('resolvePassage', () => {
  it('passes an existing highlight through', () => {
    expect(resolvePassage({ kind: 'highlight', highlightId: 'h1' }, 'blue')).toEqual({
      ok: true,
      choice: { highlightId: 'h1' },
    })
  })

  it('describes a trimmed selection as a new highlight on the current rev', () => {
    const start = TEXT.indexOf('Second') - 2
    const result = resolvePassage(
      { kind: 'selection', doc: DOC, passage: { start, end: start + 18 } },
      'blue',
    )
    expect(result).toMatchObject({
      ok: true,
      choice: {
        newHighlight: {
          docId: 'doc-1',
          docRev: 'rev-1',
          color: 'blue',
          selectors: { quote: { exact: 'Second paragraph' } },
        },
      },
    })
  })

  it("prefers the selection's own colour to the action's", () => {
    const result = resolvePassage(
      { kind: 'selection', doc: DOC, passage: { start: 0, end: 5 }, color: 'green' },
      'blue',
    )
    expect(result.ok && 'newHighlight' in result.choice && result.choice.newHighlight.color).toBe(
      'green',
    )
  })

  it('refuses an empty, blank or outside selection with the reason', () => {
    const at = (start: number, end: number) =>
      resolvePassage({ kind: 'selection', doc: DOC, passage: { start, end } }, 'blue')
    expect(at(3, 3)).toEqual({ ok: false, problem: 'Select some text first.' })
    const gap = TEXT.indexOf('\n')
    expect(at(gap, gap + 2)).toEqual({ ok: false, problem: 'Select some text, not just spaces.' })
    expect(at(0, TEXT.length + 1)).toEqual({
      ok: false,
      problem: 'That selection is outside the document text. Select the passage again.',
    })
  })
})
