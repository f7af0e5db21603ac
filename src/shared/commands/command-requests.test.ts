import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearCommandRequests, onCommandRequest, requestCommand } from './command-requests'

afterEach(clearCommandRequests)

describe('command requests', () => {
  it('runs a listener that is already there, once per request', () => {
    const run = vi.fn()
    const stop = onCommandRequest('new-claim', run)
    requestCommand('new-claim')
    expect(run).toHaveBeenCalledTimes(1)
    stop()
    const later = vi.fn()
    const stopLater = onCommandRequest('new-claim', later)
    expect(later).not.toHaveBeenCalled()
    stopLater()
  })

  it('keeps a request until a view starts listening for it', () => {
    requestCommand('new-timeline')
    const run = vi.fn()
    const stop = onCommandRequest('new-timeline', run)
    expect(run).toHaveBeenCalledTimes(1)
    stop()
    const again = vi.fn()
    onCommandRequest('new-timeline', again)()
    expect(again).not.toHaveBeenCalled()
  })

  it('gives a request only to the listener of its own name, the newest one', () => {
    const older = vi.fn()
    const newer = vi.fn()
    const other = vi.fn()
    const stops = [
      onCommandRequest('export-brief', older),
      onCommandRequest('export-brief', newer),
      onCommandRequest('new-brief', other),
    ]
    requestCommand('export-brief')
    expect(newer).toHaveBeenCalledTimes(1)
    expect(older).not.toHaveBeenCalled()
    expect(other).not.toHaveBeenCalled()
    stops.forEach((stop) => stop())
  })

  it('does not run a listener after it stopped', () => {
    const run = vi.fn()
    onCommandRequest('new-brief', run)()
    requestCommand('new-brief')
    expect(run).not.toHaveBeenCalled()
  })
})
