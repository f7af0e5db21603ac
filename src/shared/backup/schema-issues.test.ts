import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { describeSchemaIssue, formatPath } from './schema-issues'

function describeAll(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value)
  if (result.success) throw new Error('expected the value to be refused')
  return result.error.issues.map((issue) => describeSchemaIssue(issue, value))
}

describe('formatPath', () => {
  it('names rows by table and index, fields by dots', () => {
    expect(formatPath(['tables', 'highlights', 12, 'selectors', 'quote', 'exact'])).toBe(
      'highlights[12].selectors.quote.exact',
    )
    expect(formatPath(['createdAt'])).toBe('createdAt')
  })
})

describe('describeSchemaIssue', () => {
  const row = z.strictObject({
    id: z.string().min(1),
    n: z.number().int(),
    stance: z.enum(['supports', 'contradicts']),
    date: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('point') }),
      z.strictObject({ kind: z.literal('range') }),
    ]),
  })

  it('says what was expected and what was found, in words', () => {
    expect(
      describeAll(row, { id: '', n: 1.5, stance: 'maybe', date: { kind: 'when' }, extra: true }),
    ).toEqual([
      'id: cannot be empty.',
      'n: expected a whole number, found a number.',
      'stance: expected "supports" or "contradicts", found "maybe".',
      'date.kind: expected "point" or "range", found "when".',
      'The file: unexpected field "extra".',
    ])
  })

  it('says a field is missing', () => {
    expect(describeAll(z.strictObject({ id: z.string() }), {})).toEqual([
      'id: expected text, found nothing (the field is missing).',
    ])
  })
})
