import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { briefMarkdown } from './brief-markdown'
import { FIXTURE_META, FIXTURE_SPEC, FIXTURE_WORKSPACE } from './fixtures/fixture-workspace'
import { lintFindings } from './fixtures/lint-brief'

const file = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')

describe('exported briefs under markdownlint default rules', () => {
  it('finds nothing in the golden brief', () => {
    expect(lintFindings(file('./fixtures/golden-brief.md'))).toEqual([])
  })

  it('finds nothing in the sample brief the README shows', () => {
    expect(lintFindings(file('../../../docs/sample-brief.md'))).toEqual([])
  })

  it('finds nothing in a brief with its sections in another order', () => {
    const spec = { ...FIXTURE_SPEC, sections: [...FIXTURE_SPEC.sections].reverse() }
    expect(lintFindings(briefMarkdown(spec, FIXTURE_WORKSPACE, FIXTURE_META))).toEqual([])
  })
})
