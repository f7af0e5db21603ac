/**
 * Lighter versions of the utilities mdast-util-to-markdown puts on its `State`, for one
 * serialisation. They write the same Markdown: what they drop is the tracking of output
 * positions (line, column, line shift), which the library and its GFM and front matter
 * extensions only pass along and never read to decide what to write.
 */
import type { Nodes, Parents } from 'mdast'
import type { Handle, Info, Join, Map as LineMap, State, Tracker } from 'mdast-util-to-markdown'

type FlowParent = Parameters<State['containerFlow']>[0]
type FlowChild = FlowParent['children'][number]
type TrackFields = ReturnType<Tracker['current']>

/** The position every untracked handler is told it is at. Nothing changes it. */
const NOWHERE = Object.freeze({ line: 1, column: 1 })

/**
 * Where a handler is in the output, as far as anything reads it: nowhere in particular.
 * A fresh object each time, as callers may add to what they are given.
 */
function untracked(): TrackFields {
  return { now: NOWHERE, lineShift: 0 }
}

/** What a handler is told about where it is: the characters around it, and no position. */
export function untrackedInfo(before: string, after: string): Info {
  return { before, after, now: NOWHERE, lineShift: 0 }
}

const own = Object.prototype.hasOwnProperty

/**
 * Runs the handler for `node`'s type, as `state.handle` does but without its copy of
 * the arguments. Nodes it has no handler for go to `state.handle`, which says so.
 */
export function handleNode(state: State, node: Nodes, parent: Parents, info: Info): string {
  const handlers = state.handlers as Record<string, Handle>
  if (node && own.call(handlers, node.type)) {
    return handlers[node.type]!.call(state, node, parent, state, info)
  }
  return state.handle(node, parent, state, info)
}

/** A tracker that follows nothing: `move` hands back what it was given, as the real one does. */
const UNTRACKED: Tracker = {
  move: (value) => value || '',
  current: untracked,
  shift: () => undefined,
}

function createUntrackedTracker(): Tracker {
  return UNTRACKED
}

/**
 * `indentLines` without a regular expression per line: each line (split at CRLF, CR or LF,
 * the line endings kept as they were) goes through `map` with its index and whether it is
 * empty.
 */
export function indentLines(value: string, map: LineMap): string {
  let result = ''
  let start = 0
  let line = 0
  let cr = value.indexOf('\r')
  let lf = value.indexOf('\n')
  while (cr !== -1 || lf !== -1) {
    const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf)
    const crlf = end === cr && lf === cr + 1
    const text = value.slice(start, end)
    result += map(text, line, text === '') + (crlf ? '\r\n' : end === cr ? '\r' : '\n')
    start = end + (crlf ? 2 : 1)
    line++
    if (cr !== -1 && cr < start) cr = value.indexOf('\r', start)
    if (lf !== -1 && lf < start) lf = value.indexOf('\n', start)
  }
  const rest = start === 0 ? value : value.slice(start)
  return result + map(rest, line, rest === '')
}

/** What goes between two flow siblings: the first join (last registered first) that says. */
function between(left: FlowChild, right: FlowChild, parent: FlowParent, state: State): string {
  const joins: Join[] = state.join
  for (let index = joins.length - 1; index >= 0; index--) {
    const result = joins[index]!(left, right, parent, state)
    if (result === true || result === 1) break
    if (typeof result === 'number') return '\n'.repeat(1 + result)
    if (result === false) return '\n\n<!---->\n\n'
  }
  return '\n\n'
}

/** `containerFlow` as the library's, less the tracking. */
function containerFlow(state: State, parent: FlowParent): string {
  const children = parent.children
  const indexStack = state.indexStack
  const depth = indexStack.push(-1) - 1
  let result = ''
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    indexStack[depth] = index
    result += handleNode(state, child, parent, untrackedInfo('\n', '\n')) || ''
    if (child.type !== 'list') state.bulletLastUsed = undefined
    if (index < children.length - 1) result += between(child, children[index + 1]!, parent, state)
  }
  indexStack.pop()
  return result
}

/**
 * Puts the lean utilities on `state` (tracker, flow container, line indenting, construct
 * stack) and returns the function that puts the originals back.
 */
export function leanState(state: State): () => void {
  const original = {
    createTracker: state.createTracker,
    containerFlow: state.containerFlow,
    indentLines: state.indentLines,
    enter: state.enter,
  }
  // The library's `enter` makes a new closure per construct; one shared exit does as well.
  const exit = (): undefined => {
    state.stack.pop()
  }
  state.createTracker = createUntrackedTracker
  state.containerFlow = (parent) => containerFlow(state, parent)
  state.indentLines = indentLines
  state.enter = (name) => {
    state.stack.push(name)
    return exit
  }
  return () => Object.assign(state, original)
}
