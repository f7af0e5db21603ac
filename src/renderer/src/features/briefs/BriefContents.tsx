/**
 * What goes in a brief and in what order: claims, timelines, highlights by colour and by
 * tag, and the order of the sections. Each choice saves at once.
 */
import type { BriefSpec } from '@shared/brief/brief-spec'
import { HIGHLIGHT_COLOR_IDS, type HighlightColorId } from '@shared/highlights/colors'
import { useMemo } from 'react'
import type { BriefRecord } from '../../db/records'
import type { WorkspaceSnapshot } from '../../db/workspace-snapshot'
import { editBrief } from './actions'
import { eventCountsOf, highlightTagsOf } from './brief-choices'
import { CheckList } from './CheckList'
import { ClaimPicker } from './ClaimPicker'
import { SectionOrder } from './SectionOrder'

interface BriefContentsProps {
  brief: BriefRecord
  snapshot: WorkspaceSnapshot | undefined
}

/** The Claims, Timelines, Highlights and Layout parts of the composer. */
export function BriefContents({ brief, snapshot }: BriefContentsProps) {
  const choose = (patch: Partial<BriefSpec>) => void editBrief(brief.id, patch)
  const highlightTags = useMemo(() => highlightTagsOf(snapshot?.highlights ?? []), [snapshot])
  const eventCounts = useMemo(() => eventCountsOf(snapshot?.events ?? []), [snapshot])

  return (
    <>
      <h2 className="bf-part">Claims</h2>
      <ClaimPicker
        selection={brief.claims}
        claims={snapshot?.claims ?? []}
        onChange={(claims) => choose({ claims })}
      />

      <h2 className="bf-part">Timelines</h2>
      <CheckList
        legend="Timelines in this brief"
        options={(snapshot?.timelines ?? []).map((t) => ({
          value: t.id,
          label: (
            <>
              {t.title} <span className="count">{eventCounts.get(t.id) ?? 0} events</span>
            </>
          ),
        }))}
        chosen={brief.timelineIds}
        onChange={(timelineIds) => choose({ timelineIds })}
        empty="No timelines yet."
      />

      <h2 className="bf-part">Highlights</h2>
      <CheckList<HighlightColorId>
        legend="All highlights in colour"
        options={HIGHLIGHT_COLOR_IDS.map((c) => ({
          value: c,
          label: (
            <>
              <span className={`hl-dot swatch-${c}`} aria-hidden="true" />
              {snapshot?.colorNames[c] ?? c}
            </>
          ),
        }))}
        chosen={brief.highlights.colors as HighlightColorId[]}
        onChange={(colors) => choose({ highlights: { ...brief.highlights, colors } })}
        className="bf-inline"
      />
      <CheckList
        legend="All highlights tagged"
        options={highlightTags.map((t) => ({ value: t, label: t }))}
        chosen={brief.highlights.tags}
        onChange={(tags) => choose({ highlights: { ...brief.highlights, tags } })}
        empty="No highlight has a tag yet."
        className="bf-inline"
      />

      <h2 className="bf-part">Layout</h2>
      <SectionOrder sections={brief.sections} onChange={(sections) => choose({ sections })} />
    </>
  )
}
