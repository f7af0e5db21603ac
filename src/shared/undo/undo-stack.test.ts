import { describe, expect, it } from 'vitest'
import { emptyUndoStack, pushUndo, takeRedo, takeUndo, trimUndo } from './undo-stack'

describe('undo stack', () => {
  it('undoes newest first and redoes in the original order', () => {
    let stack = pushUndo(pushUndo(emptyUndoStack<string>(), 'a'), 'b')
    const first = takeUndo(stack)!
    expect(first.entry).toBe('b')
    const second = takeUndo(first.stack)!
    expect(second.entry).toBe('a')
    expect(takeUndo(second.stack)).toBeNull()
    const redo = takeRedo(second.stack)!
    expect(redo.entry).toBe('a')
    stack = redo.stack
    expect(takeRedo(stack)?.entry).toBe('b')
  })

  it('drops the redo history when a new action is recorded', () => {
    const undone = takeUndo(pushUndo(emptyUndoStack<string>(), 'a'))!.stack
    const stack = pushUndo(undone, 'c')
    expect(takeRedo(stack)).toBeNull()
    expect(stack.done).toEqual(['c'])
  })

  it('keeps at most the limit, oldest falling off', () => {
    let stack = emptyUndoStack<number>()
    for (let i = 0; i < 5; i++) stack = pushUndo(stack, i, 3)
    expect(stack.done).toEqual([2, 3, 4])
    expect(trimUndo(stack, 0).done).toEqual([4])
  })
})
