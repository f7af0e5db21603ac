/** Which sections a brief has and in what order: include each, move it up or down. */
import {
  includeSection,
  moveSection,
  sectionLabel,
  sectionRows,
  type BriefSectionKind,
} from '@shared/brief/brief-spec'
import { useRef } from 'react'

interface SectionOrderProps {
  sections: readonly BriefSectionKind[]
  onChange: (sections: BriefSectionKind[]) => void
}

export function SectionOrder({ sections, onChange }: SectionOrderProps) {
  const rows = sectionRows(sections)
  const list = useRef<HTMLOListElement>(null)
  const move = (kind: BriefSectionKind, by: -1 | 1) => {
    onChange(moveSection(sections, kind, by))
    // Keep the focus on the same button of the moved row so repeated presses keep moving it.
    requestAnimationFrame(() => {
      list.current
        ?.querySelector<HTMLButtonElement>(`[data-kind="${kind}"] button[data-move="${by}"]`)
        ?.focus()
    })
  }
  return (
    <fieldset className="bf-sections">
      <legend>Sections, in order</legend>
      <ol ref={list}>
        {rows.map((row, index) => (
          <li key={row.kind} data-kind={row.kind} className={row.included ? '' : 'bf-left-out'}>
            <label className="check">
              <input
                type="checkbox"
                checked={row.included}
                onChange={(e) => onChange(includeSection(sections, row.kind, e.target.checked))}
              />
              {sectionLabel(row.kind)}
            </label>
            <span className="bf-move">
              <button
                type="button"
                className="button-quiet"
                data-move={-1}
                aria-label={`Move ${sectionLabel(row.kind)} up`}
                disabled={index === 0 || !row.included}
                onClick={() => move(row.kind, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button-quiet"
                data-move={1}
                aria-label={`Move ${sectionLabel(row.kind)} down`}
                disabled={index === rows.length - 1 || !row.included || !rows[index + 1]?.included}
                onClick={() => move(row.kind, 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
    </fieldset>
  )
}
