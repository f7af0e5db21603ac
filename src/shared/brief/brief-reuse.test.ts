import { describe, expect, it } from 'vitest'
import { indexSharedPassages } from '../claims/reuse-counting'
import { toggleOverride } from '../reuse/pair-overrides'
import { assembleBrief } from './assemble-brief'
import { briefTree } from './brief-mdast'
import type { BriefWorkspace } from './brief-workspace'
import { FIXTURE_META, FIXTURE_SPEC, FIXTURE_WORKSPACE } from './fixtures/fixture-workspace'
import { nodesOfType, plainText } from './fixtures/read-brief'

const CLAIM = 'c-cooperation'

function countsLine(workspace: BriefWorkspace): string {
  const tree = briefTree(assembleBrief(FIXTURE_SPEC, workspace), FIXTURE_SPEC, FIXTURE_META)
  const line = nodesOfType(tree, 'paragraph')
    .map(plainText)
    .find((text) => text.startsWith('Status: Contested'))
  if (!line) throw new Error('no counts line for the claim')
  return line
}

describe('the brief counts sources with text reuse', () => {
  const plain = assembleBrief(FIXTURE_SPEC, FIXTURE_WORKSPACE)
  const before = plain.claims.find((c) => c.id === CLAIM)!

  it('says nothing more when no reuse is given', () => {
    expect(before.independenceNote).toBeUndefined()
    expect(countsLine(FIXTURE_WORKSPACE)).toMatch(/Independent sources: 3$/)
  })

  it('counts two passages marked as one voice once and says why', () => {
    const reuse = {
      shared: indexSharedPassages([]),
      overrides: toggleOverride([], ['h-liaison-tahir', 'h-liaison-yousaf'], 'reuse'),
      spanOf: () => ({ start: 0, end: 10 }),
    }
    const workspace = { ...FIXTURE_WORKSPACE, reuse }
    const claim = assembleBrief(FIXTURE_SPEC, workspace).claims.find((c) => c.id === CLAIM)!
    expect(claim.independentSources).toBe(before.independentSources - 1)
    expect(claim.independenceNote).toMatch(
      /^4 passages; .*Tahir ¶\d+ and Yousaf ¶\d+ are marked as reuse/,
    )
    expect(countsLine(workspace)).toMatch(
      /Independent sources: 2 \(4 passages; .*Tahir ¶\d+ and Yousaf ¶\d+ are marked as reuse.*\)$/,
    )
  })
})
