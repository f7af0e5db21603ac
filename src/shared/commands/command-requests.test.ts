import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  clearCommandRequests,
  onCommandRequest,
  REQUEST_WAIT_MS,
  requestCommand,
} from './command-requests'

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

  it('lets a request no view took in time lapse, so it never goes off later elsewhere', () => {
    requestCommand('find-in-document', 1_000)
    const late = vi.fn()
    onCommandRequest('find-in-document', late, 1_000 + REQUEST_WAIT_MS + 1)()
    expect(late).not.toHaveBeenCalled()
    const next = vi.fn()
    onCommandRequest('find-in-document', next, 1_000 + REQUEST_WAIT_MS + 2)()
    expect(next).not.toHaveBeenCalled()
    requestCommand('find-in-document', 2_000)
    const inTime = vi.fn()
    onCommandRequest('find-in-document', inTime, 2_000 + REQUEST_WAIT_MS)()
    expect(inTime).toHaveBeenCalledTimes(1)
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
