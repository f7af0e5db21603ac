/**
 * zod's validation issues in words a person can act on, with the place in the file as a
 * path a person can follow: "highlights[12].selectors.quote.exact: expected text, found a
 * number."
 */
import type { z } from 'zod'

type PathKey = PropertyKey

/** "highlights[12].selectors.quote.exact"; rows are named from their table, not `tables`. */
export function formatPath(path: readonly PathKey[]): string {
  const shown = path[0] === 'tables' && path.length > 1 ? path.slice(1) : path
  let out = ''
  for (const key of shown) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** What a JSON value is, in words: "text", "a number", "a list"… */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return 'text'
    case 'number':
      return Number.isFinite(value) ? 'a number' : 'a number too large to store'
    case 'boolean':
      return 'true or false'
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  nonoptional: 'a value',
}

function quotedList(values: readonly unknown[]): string {
  const quoted = values.map((value) => JSON.stringify(value))
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`
}

function found(value: unknown): string {
  if (typeof value === 'string' && value.length <= 40) return `found ${JSON.stringify(value)}`
  if (typeof value === 'number' && Number.isFinite(value)) return `found ${value}`
  return `found ${describeValue(value)}`
}

function whatIsWrong(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, found ${describeValue(value)}`
    case 'invalid_value':
      return `expected ${quotedList(issue.values)}, ${found(value)}`
    case 'unrecognized_keys':
      return `unexpected ${issue.keys.length === 1 ? 'field' : 'fields'} ${quotedList(issue.keys)}`
    case 'invalid_union': {
      // A discriminated union names the values its tag may take; zod's type omits them.
      const options = (issue as { options?: unknown }).options
      if (Array.isArray(options)) return `expected ${quotedList(options)}, ${found(value)}`
      return `not one of the accepted shapes, ${found(value)}`
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'cannot be empty'
      return `must be at least ${String(issue.minimum)}, ${found(value)}`
    case 'too_big':
      return `must be at most ${String(issue.maximum)}, ${found(value)}`
    case 'invalid_format':
      return issue.format === 'datetime'
        ? `expected a date and time such as "2026-01-31T09:30:00.000Z", ${found(value)}`
        : `not in the expected format (${issue.format}), ${found(value)}`
    default:
      return `${issue.message}, ${found(value)}`
  }
}

/** One issue as a sentence: "<where>: <what is wrong>." */
export function describeSchemaIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const where = formatPath(issue.path) || 'The file'
  return `${where}: ${whatIsWrong(issue, valueAt(root, issue.path))}.`
}
