import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import './zod-without-eval'

describe('zod without eval', () => {
  it('validates without ever calling the Function constructor', () => {
    const spy = vi.spyOn(globalThis, 'Function')
    const schema = z.object({ id: z.string(), count: z.number().int() })
    expect(schema.safeParse({ id: 'a', count: 2 }).success).toBe(true)
    expect(schema.safeParse({ id: 'a', count: 2.5 }).success).toBe(false)
    expect(spy).not.toHaveBeenCalled()
    spy.mockRestore()
  })
})
