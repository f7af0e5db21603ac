/**
 * The renderer's import direction (app -> features -> nav, host, ui, db -> shared) is
 * enforced by ESLint; these tests lint small snippets placed in each folder with the
 * project's own config, so a rule that stops matching fails here rather than silently.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' })

/** The import-boundary errors ESLint reports for `code` placed at `path` in the renderer. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `src/renderer/src/${path}` })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.ruleId ?? '')
}

const importing = (spec: string, kind: 'value' | 'type' = 'value') =>
  kind === 'type'
    ? `import type { Thing } from '${spec}'\nexport type Used = Thing\n`
    : `import { thing } from '${spec}'\nexport const used = thing\n`

// ESLint with the type-aware project config takes seconds to load on a busy machine.
describe('renderer import boundaries', { timeout: 60_000 }, () => {
  it('refuses an import of app/ from a feature, a service or the features root', async () => {
    expect(await boundaryErrors('features/claims/Probe.ts', importing('../../app/App'))).toEqual([
      'no-restricted-imports',
    ])
    expect(await boundaryErrors('host/Probe.ts', importing('../app/TopBar'))).toHaveLength(1)
    expect(await boundaryErrors('features/Probe.ts', importing('../app/App'))).toHaveLength(1)
  })

  it('lets the entry point mount the shell', async () => {
    expect(await boundaryErrors('main.tsx', importing('./app/App'))).toEqual([])
  })

  it('refuses ui/ importing features, db or host, and db/ importing ui', async () => {
    const ui = 'ui/Probe.ts'
    expect(await boundaryErrors(ui, importing('../features/claims/ClaimsView'))).toEqual([
      'no-restricted-imports',
    ])
    expect(await boundaryErrors(ui, importing('../db'))).toHaveLength(1)
    expect(await boundaryErrors(ui, importing('../host/host-context'))).toHaveLength(1)
    expect(await boundaryErrors('db/Probe.ts', importing('../ui/status'))).toHaveLength(1)
    expect(
      await boundaryErrors('ui/data-table/Probe.ts', importing('../../db/records')),
    ).toHaveLength(1)
  })

  it('keeps the import worker’s readers free of the database, services and React', async () => {
    const reader = 'extract/Probe.ts'
    expect(await boundaryErrors(reader, importing('../db'))).toHaveLength(1)
    expect(await boundaryErrors(reader, importing('../host/documents'))).toHaveLength(1)
    expect(await boundaryErrors(reader, importing('react'))).toHaveLength(1)
    expect(await boundaryErrors(reader, importing('@shared/import/extracted'))).toEqual([])
  })

  it('keeps the indexing workers free of React, services and views, with the database', async () => {
    const worker = 'indexing/Probe.ts'
    expect(await boundaryErrors(worker, importing('react'))).toHaveLength(1)
    expect(await boundaryErrors(worker, importing('../host/documents'))).toHaveLength(1)
    expect(await boundaryErrors(worker, importing('../ui/status'))).toHaveLength(1)
    expect(await boundaryErrors(worker, importing('../features/claims/ClaimsView'))).toHaveLength(1)
    expect(await boundaryErrors(worker, importing('../db/database'))).toEqual([])
    expect(await boundaryErrors('host/Probe.ts', importing('../indexing/search-client'))).toEqual(
      [],
    )
  })

  it('refuses a feature importing another feature at run time, at any depth', async () => {
    const other = importing('../highlights/HighlightPanel')
    expect(await boundaryErrors('features/claims/Probe.ts', other)).toEqual([
      '@typescript-eslint/no-restricted-imports',
    ])
    const deep = importing('../../highlights/HighlightPanel')
    expect(await boundaryErrors('features/claims/matrix/Probe.ts', deep)).toHaveLength(1)
    expect(await boundaryErrors('features/Probe.ts', importing('./claims/actions'))).toHaveLength(1)
  })

  it('allows types from another feature, its own modules and the shared layers', async () => {
    const claims = 'features/claims/matrix/Probe.ts'
    expect(
      await boundaryErrors(claims, importing('../../highlights/HighlightPanel', 'type')),
    ).toEqual([])
    expect(await boundaryErrors(claims, importing('../useClaimsWorkspace'))).toEqual([])
    expect(await boundaryErrors(claims, importing('./grid-moves'))).toEqual([])
    expect(await boundaryErrors(claims, importing('../../../db'))).toEqual([])
    expect(await boundaryErrors(claims, importing('../../../host/useDocuments'))).toEqual([])
    expect(await boundaryErrors(claims, importing('../../useTableLayout'))).toEqual([])
  })

  it('allows the runtime imports listed in FEATURE_IMPORTS, and only those', async () => {
    const reader = 'features/reader/Probe.ts'
    expect(await boundaryErrors(reader, importing('../claims/TagToClaimPopover'))).toEqual([])
    expect(await boundaryErrors(reader, importing('../briefs/actions'))).toHaveLength(1)
    // The passage check claims and timelines share lives in @shared/highlights/passage.
    const timelines = 'features/timelines/Probe.ts'
    expect(await boundaryErrors(timelines, importing('../highlights/actions'))).toHaveLength(1)
    expect(
      await boundaryErrors('features/claims/Probe.ts', importing('../highlights/actions')),
    ).toHaveLength(1)
  })
})
