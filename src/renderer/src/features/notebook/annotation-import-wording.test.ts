import type { HighlightDraft } from '@shared/import/web-annotation-import'
import { describe, expect, it } from 'vitest'
import {
  additionSentence,
  choosableSources,
  confirmLabel,
  doneMessage,
  duplicateSentence,
  fileDescription,
  highlightsByDocument,
  sourceName,
} from './annotation-import-wording'

const on = (docId: string) => ({ docId }) as HighlightDraft
const titles: Record<string, string> = { a: 'Seeking Stability', b: 'The way forward' }
const titleOf = (id: string) => titles[id] ?? id

describe('what the dialog says about a plan', () => {
  it('names the confirm button by the count', () => {
    expect(confirmLabel(0)).toBe('Add 0 highlights')
    expect(confirmLabel(1)).toBe('Add 1 highlight')
    expect(confirmLabel(1200)).toBe('Add 1,200 highlights')
  })

  it('says how many go to which document, in the order the file names them', () => {
    const plan = { highlights: [on('b'), on('a'), on('b')] }
    expect(highlightsByDocument(plan, titleOf)).toEqual([
      { docId: 'b', title: 'The way forward', count: 2 },
      { docId: 'a', title: 'Seeking Stability', count: 1 },
    ])
    expect(additionSentence(plan, titleOf)).toBe(
      '3 highlights will be added: 2 to ‘The way forward’, 1 to ‘Seeking Stability’.',
    )
    expect(additionSentence({ highlights: [on('a')] }, titleOf)).toBe(
      '1 highlight will be added to ‘Seeking Stability’.',
    )
    expect(additionSentence({ highlights: [] }, titleOf)).toBe('No highlights will be added.')
  })

  it('counts duplicates, and says nothing when there are none', () => {
    expect(duplicateSentence(0)).toBe('')
    expect(duplicateSentence(1)).toBe('1 is highlighted already and is left out.')
    expect(duplicateSentence(3)).toBe('3 are highlighted already and are left out.')
  })

  it('describes the file', () => {
    expect(fileDescription('hypothesis', 8)).toBe('Hypothesis export, 8 annotations')
    expect(fileDescription('casefile', 1)).toBe('Casefile export, 1 annotation')
    expect(fileDescription('web-annotation', 2)).toBe('Web Annotations, 2 annotations')
  })

  it('offers a choice only for sources the file names by address', () => {
    const unmatched = [
      { source: 'https://x.example/1', title: 'One', annotations: 2 },
      { source: null, title: 'Untitled', annotations: 1 },
    ]
    expect(choosableSources(unmatched).map((u) => u.source)).toEqual(['https://x.example/1'])
    expect(sourceName(unmatched[0]!)).toBe('‘One’ (https://x.example/1)')
    expect(sourceName(unmatched[1]!)).toBe('‘Untitled’')
    expect(sourceName({ source: 'urn:x', title: null })).toBe('urn:x')
  })

  it('says what was added and what was left out since the plan', () => {
    expect(doneMessage('a.jsonld', 3, 0)).toBe(
      'Added 3 highlights from “a.jsonld”. Undo with Ctrl+Z.',
    )
    expect(doneMessage('a.jsonld', 1, 2)).toBe(
      'Added 1 highlight from “a.jsonld”. 2 were left out, highlighted in the meantime. Undo with Ctrl+Z.',
    )
  })
})
