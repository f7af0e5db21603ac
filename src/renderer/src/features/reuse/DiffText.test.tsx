// @vitest-environment happy-dom
import { diffWords } from '@shared/reuse/word-diff'
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { mountPerTest } from '../../ui/testing/mount-per-test'
import { summary } from './CompareView'
import { DiffText } from './DiffText'
import { REWRITE_PASSAGE, WIRE_PASSAGE } from './testing/reuse-documents'

const view = mountPerTest()
const parts = diffWords(WIRE_PASSAGE, REWRITE_PASSAGE)

function render(side: 'a' | 'b') {
  const text = side === 'a' ? WIRE_PASSAGE : REWRITE_PASSAGE
  act(() => view.root.render(<DiffText text={text} parts={parts} side={side} />))
  return [...view.container.querySelectorAll('del, ins')].map((mark) => ({
    tag: mark.tagName.toLowerCase(),
    kind: mark.className,
    spoken: mark.querySelector('.visually-hidden')?.textContent,
    text: mark.lastChild?.textContent,
  }))
}

describe('DiffText', () => {
  it('strikes what the later text left out and boxes what it words differently', () => {
    expect(render('a')).toEqual([
      { tag: 'del', kind: 'diff-changed', spoken: 'changed: ', text: 'strike' },
      { tag: 'del', kind: 'diff-deleted', spoken: 'not in the other: ', text: 'early' },
    ])
  })

  it('marks what the later text added as an insertion, in words too', () => {
    expect(render('b')).toEqual([
      { tag: 'ins', kind: 'diff-changed', spoken: 'changed: ', text: 'attack' },
      { tag: 'ins', kind: 'diff-inserted', spoken: 'added: ', text: 'young' },
    ])
  })

  it('keeps the text as written around the marks', () => {
    render('b')
    const shown = [...view.container.childNodes]
      .map((node) => (node as Element).lastChild?.textContent ?? node.textContent)
      .join('')
    expect(shown).toBe(REWRITE_PASSAGE)
  })

  it('sums the differences up in words', () => {
    expect(summary(parts, true)).toBe('In the later text: 1 word changed, 1 added, 1 left out.')
    expect(summary(diffWords('Peace, now', 'peace now!'), false)).toBe(
      'The same words (punctuation, case and accents aside). The publication dates do not say which came first.',
    )
  })
})
