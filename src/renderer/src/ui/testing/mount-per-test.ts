/**
 * A fresh React root in the document for each test of a file, unmounted and removed after
 * it: `const view = mountPerTest()`, then `act(() => view.root.render(...))` and queries on
 * `view.container`. For component tests under happy-dom.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, vi } from 'vitest'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

export interface MountedView {
  readonly container: HTMLDivElement
  readonly root: Root
}

export function mountPerTest(): MountedView {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  let container: HTMLDivElement | null = null
  let root: Root | null = null
  beforeEach(() => {
    container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
  })
  afterEach(() => {
    act(() => root?.unmount())
    container?.remove()
    vi.restoreAllMocks()
  })
  return {
    get container() {
      if (!container) throw new Error('mountPerTest: used outside a test')
      return container
    },
    get root() {
      if (!root) throw new Error('mountPerTest: used outside a test')
      return root
    },
  }
}
