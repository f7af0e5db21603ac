/**
 * The handlers a brief is serialised with: mdast-util-to-markdown's own output, byte for
 * byte, in a fraction of the time on long briefs. The root handler swaps the state's
 * escaping and utilities for faster equivalents for the length of one serialisation;
 * the others take the shapes briefs are made of and hand anything else back.
 */
import type { Parents, Root } from 'mdast'
import {
  defaultHandlers,
  type Handle,
  type Info,
  type Options,
  type State,
} from 'mdast-util-to-markdown'
import { numberedFootnoteReference, plainHeading, plainParagraph, text } from './fast-phrasing'
import { filteredSafe } from './filtered-safe'
import { leanState } from './lean-state'

/**
 * Node types that are never phrasing. A root of only these is flow, which is what the
 * built-in root handler finds out by testing each child against every phrasing type.
 */
const FLOW_TYPES = new Set([
  'blockquote',
  'code',
  'definition',
  'footnoteDefinition',
  'heading',
  'html',
  'list',
  'paragraph',
  'table',
  'thematicBreak',
  'toml',
  'yaml',
])

/** Serialises the root as the built-in handler does, with the faster state in place. */
export function fastRoot(
  node: Root,
  parent: Parents | undefined,
  state: State,
  info: Info,
): string {
  const builtInSafe = state.safe
  state.safe = filteredSafe(state, builtInSafe)
  const restore = leanState(state)
  try {
    if (node.children.every((child) => FLOW_TYPES.has(child.type))) {
      return state.containerFlow(node, info)
    }
    return defaultHandlers.root(node, parent, state, info)
  } finally {
    restore()
    state.safe = builtInSafe
  }
}

/**
 * The handler toMarkdown uses for `type` given these extensions (and no handlers of its
 * own): the last one registered, extensions inside an extension before it, as
 * mdast-util-to-markdown's configure reads them; else the built-in one.
 */
export function registeredHandler(
  extensions: readonly Options[],
  type: 'paragraph' | 'heading' | 'footnoteReference',
): Handle {
  let found: Handle = defaultHandlers[type as 'paragraph' | 'heading']
  const visit = (extension: Options): void => {
    for (const inner of extension.extensions ?? []) visit(inner)
    const handle = extension.handlers?.[type]
    if (handle) found = handle
  }
  for (const extension of extensions) visit(extension)
  return found
}

/**
 * The fast handlers, each falling back to `fallbacks` (the handlers the serialiser would
 * use otherwise: extensions' where they register one, else the built-in ones).
 */
export function fastHandlers(fallbacks: {
  paragraph: Handle
  heading: Handle
  footnoteReference: Handle
}): Record<'root' | 'text' | 'paragraph' | 'heading' | 'footnoteReference', Handle> {
  return {
    root: fastRoot,
    text,
    paragraph: plainParagraph(fallbacks.paragraph),
    heading: plainHeading(fallbacks.heading),
    footnoteReference: numberedFootnoteReference(fallbacks.footnoteReference),
  }
}
