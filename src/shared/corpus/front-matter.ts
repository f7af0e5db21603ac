/**
 * Front matter of a curated corpus file: split from the body, parsed as YAML and
 * validated, with errors that name the file and the field.
 */
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { partialDateProblem } from '../dates/partial-date'
import type { DocumentMeta } from './document-model'

/** A curated file that cannot be read, naming the file and the field at fault. */
export class CorpusFormatError extends Error {
  readonly file: string
  readonly field: string
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`)
    this.name = 'CorpusFormatError'
    this.file = file
    this.field = field
  }
}

const publishedSchema = z
  .object({
    year: z.number().int().min(1000).max(9999),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    approximate: z.boolean(),
    basis: z.enum(['stated', 'inferred']),
    note: z.string().min(1),
  })
  .strict()
  .superRefine((date, ctx) => {
    const problem = partialDateProblem(date)
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [] })
  })

const nonEmpty = z.string().trim().min(1)

/** The front matter every curated file must have. */
export const frontMatterSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    title: nonEmpty,
    authors: z.array(nonEmpty),
    outlet: nonEmpty.nullable(),
    published: publishedSchema.nullable(),
    genre: nonEmpty,
    raw: nonEmpty,
    authorNote: nonEmpty.nullable().optional(),
  })
  .strict()

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/**
 * Splits a curated file into its validated metadata and its Markdown body.
 * Throws CorpusFormatError naming the file and the first field at fault.
 */
export function readFrontMatter(
  source: string,
  file: string,
): { meta: DocumentMeta; body: string } {
  const text = source.replace(/^\uFEFF/, '')
  const fence = FENCE.exec(text)
  if (!fence) {
    throw new CorpusFormatError(
      file,
      'front matter',
      'the file must start with a --- fenced YAML block',
    )
  }
  let data: unknown
  try {
    data = parseYaml(fence[1] ?? '')
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new CorpusFormatError(file, 'front matter', `is not valid YAML (${reason})`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new CorpusFormatError(file, 'front matter', 'must be a YAML mapping of fields')
  }
  const result = frontMatterSchema.safeParse(data)
  if (!result.success) {
    const issue = result.error.issues[0]
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'front matter'
    const missing = issue?.code === 'invalid_type' && readPath(data, issue.path) === undefined
    throw new CorpusFormatError(
      file,
      field,
      missing ? 'is missing' : (issue?.message ?? 'is invalid'),
    )
  }
  const { authorNote, ...meta } = result.data
  return { meta: { ...meta, authorNote: authorNote ?? null }, body: text.slice(fence[0].length) }
}

function readPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
