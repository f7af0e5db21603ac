// @vitest-environment happy-dom
import { act, Component, type ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mountPerTest } from './testing/mount-per-test'
import { deferred, LazyView, LOADING_DELAY_MS, preloadWhenIdle } from './LazyView'

const view = mountPerTest()

/** A load the test settles: `resolve` with the component, or `reject`. */
function controlledLoad() {
  const loads: { resolve: () => void; reject: (error: Error) => void }[] = []
  const load = vi.fn(
    () =>
      new Promise<(props: { name: string }) => ReactNode>((resolve, reject) => {
        loads.push({
          resolve: () => resolve(({ name }) => <h1>{name} view</h1>),
          reject,
        })
      }),
  )
  return { load, loads }
}

const text = () => view.container.textContent ?? ''
const heading = () => view.container.querySelector('h1')?.textContent
const button = (name: string) =>
  [...view.container.querySelectorAll('button')].find((b) => b.textContent === name)!

/** Lets settled promises run their handlers, and React its throttled commits, inside act. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve()
  })
  act(() => vi.advanceTimersByTime(1000))
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('LazyView', () => {
  it('shows nothing but an empty main region at first, then says it is loading', async () => {
    const { load, loads } = controlledLoad()
    const Claims = deferred(load)
    act(() =>
      view.root.render(
        <LazyView label="the Claims view" mainId="claims">
          <Claims name="Claims" />
        </LazyView>,
      ),
    )
    const main = view.container.querySelector('main')!
    expect(main.id).toBe('claims')
    expect(main.getAttribute('aria-busy')).toBe('true')
    expect(text()).toBe('')
    act(() => vi.advanceTimersByTime(LOADING_DELAY_MS))
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe(
      'Loading the Claims view…',
    )
    loads[0]!.resolve()
    await settle()
    expect(heading()).toBe('Claims view')
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('says the view did not load, once, and Retry loads the page again', async () => {
    const { load, loads } = controlledLoad()
    const Claims = deferred(load)
    act(() =>
      view.root.render(
        <LazyView label="the Claims view" mainId="claims">
          <Claims name="Claims" />
        </LazyView>,
      ),
    )
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
    loads[0]!.reject(new TypeError('Failed to fetch dynamically imported module'))
    await settle()
    expect(heading()).toBe('Could not load the Claims view')
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain(
      'Failed to fetch dynamically imported module',
    )
    expect(view.container.querySelector('main')?.id).toBe('claims')
    // Reported once, not loaded again and again.
    expect(load).toHaveBeenCalledTimes(1)

    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => {})
    act(() => button('Retry').click())
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('loads again on first render after a failed preload', async () => {
    const { load, loads } = controlledLoad()
    const Claims = deferred(load)
    const preloaded = Claims.preload()
    loads[0]!.reject(new TypeError('offline'))
    await expect(preloaded).rejects.toThrow('offline')
    act(() =>
      view.root.render(
        <LazyView label="the Claims view" mainId="claims">
          <Claims name="Claims" />
        </LazyView>,
      ),
    )
    expect(load).toHaveBeenCalledTimes(2)
    loads[1]!.resolve()
    await settle()
    expect(heading()).toBe('Claims view')
  })

  it('renders at once, with no loading state, once the code is in', async () => {
    const { load, loads } = controlledLoad()
    const Claims = deferred(load)
    const preloaded = Claims.preload()
    loads[0]!.resolve()
    await act(() => preloaded)
    act(() =>
      view.root.render(
        <LazyView label="the Claims view" mainId="claims">
          <Claims name="Claims" />
        </LazyView>,
      ),
    )
    expect(heading()).toBe('Claims view')
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('leaves errors other than a failed load to the boundary above', async () => {
    function Broken(): ReactNode {
      throw new Error('a bug in the view')
    }
    const Deferred = deferred(() => Promise.resolve(Broken))
    await act(() => Deferred.preload())
    vi.spyOn(console, 'error').mockImplementation(() => {})
    act(() =>
      view.root.render(
        <Outer>
          <LazyView label="the Claims view" mainId="claims">
            <Deferred />
          </LazyView>
        </Outer>,
      ),
    )
    expect(text()).toBe('outer: a bug in the view')
  })
})

class Outer extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }
  static getDerivedStateFromError(error: Error) {
    return { error }
  }
  override render() {
    return this.state.error ? `outer: ${this.state.error.message}` : this.props.children
  }
}

describe('preloadWhenIdle', () => {
  it('waits for readiness, then loads one component at a time, past failures', async () => {
    const order: string[] = []
    const component = (name: string, fails = false) => ({
      preload: () => {
        order.push(name)
        return fails ? Promise.reject(new Error('offline')) : Promise.resolve()
      },
    })
    let ready = () => {}
    preloadWhenIdle([component('a', true), component('b'), component('c')], (run) => {
      ready = run
      return () => {}
    })
    await act(async () => void vi.runAllTimers())
    expect(order).toEqual([])
    ready()
    for (let i = 0; i < 3; i++) await act(async () => void vi.runAllTimers())
    expect(order).toEqual(['a', 'b', 'c'])
  })

  it('stops when asked', async () => {
    const order: string[] = []
    const stop = preloadWhenIdle(
      ['a', 'b'].map((name) => ({ preload: async () => void order.push(name) })),
      (run) => {
        run()
        return () => {}
      },
    )
    stop()
    await act(async () => void vi.runAllTimers())
    expect(order).toEqual([])
  })
})
