import { describe, expect, it } from 'vitest'
import { createSearchActivity } from './search-activity'

/** An activity on a clock that a sleep moves on (then lets promises settle). */
function onClock(quietMs = 1000) {
  let clock = 0
  const slept: number[] = []
  const atTimes: [number, () => void][] = []
  const sleep = async (ms: number) => {
    slept.push(ms)
    clock += ms
    for (const [at, run] of atTimes.splice(0)) {
      if (at <= clock) run()
      else atTimes.push([at, run])
    }
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  const activity = createSearchActivity(quietMs, () => clock, sleep)
  return {
    activity,
    slept,
    now: () => clock,
    /** Runs `run` once the clock has reached `at`. */
    at: (at: number, run: () => void) => atTimes.push([at, run]),
  }
}

describe('search activity', () => {
  it('is quiet at once when nobody has searched', async () => {
    const { activity, slept } = onClock()
    await activity.quiet()
    expect(slept).toEqual([])
  })

  it('waits while a search is under way, then until the analyst has stopped for a while', async () => {
    const { activity, now, at } = onClock(1000)
    let answer: (value: string) => void = () => {}
    const answered = activity.track(new Promise<string>((resolve) => (answer = resolve)))
    at(2500, () => answer('results'))
    await activity.quiet()
    expect(await answered).toBe('results')
    // Settled at 3000 (the first sleep past 2500), quiet a second later.
    expect(now()).toBe(4000)
  })

  it('counts a failed or superseded search as settled too', async () => {
    const { activity, now } = onClock(1000)
    const failed = activity.track(Promise.reject(new Error('superseded')))
    await expect(failed).rejects.toThrow('superseded')
    await activity.quiet()
    expect(now()).toBe(1000)
  })
})
