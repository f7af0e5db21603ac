/** Which sections a brief has and in what order: include each, move it up or down. */
import { BRIEF_SECTION_KINDS, sectionLabel, type BriefSectionKind } from '@shared/brief/brief-spec'
import { useRef } from 'react'

interface SectionOrderProps {
  sections: readonly BriefSectionKind[]
  onChange: (sections: BriefSectionKind[]) => void
}

/** Included sections in their order, then the left-out ones in the default order. */
export function sectionRows(
  sections: readonly BriefSectionKind[],
): { kind: BriefSectionKind; included: boolean }[] {
  const included = new Set(sections)
  return [
    ...sections.map((kind) => ({ kind, included: true })),
    ...BRIEF_SECTION_KINDS.filter((k) => !included.has(k)).map((kind) => ({
      kind,
      included: false,
    })),
  ]
}

export function SectionOrder({ sections, onChange }: SectionOrderProps) {
  const rows = sectionRows(sections)
  const list = useRef<HTMLOListElement>(null)
  const emit = (next: { kind: BriefSectionKind; included: boolean }[]) =>
    onChange(next.filter((r) => r.included).map((r) => r.kind))
  // Only included sections have an order, so a move swaps two included neighbours.
  const move = (index: number, by: -1 | 1) => {
    const target = index + by
    if (!rows[index]?.included || !rows[target]?.included) return
    const next = [...rows]
    ;[next[index], next[target]] = [next[target]!, next[index]!]
    emit(next)
    // Keep the focus on the same button of the moved row so repeated presses keep moving it.
    requestAnimationFrame(() => {
      const button = list.current?.querySelectorAll<HTMLButtonElement>(
        `[data-kind="${rows[index]!.kind}"] button[data-move="${by}"]`,
      )[0]
      button?.focus()
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
                onChange={(e) =>
                  emit(rows.map((r, i) => (i === index ? { ...r, included: e.target.checked } : r)))
                }
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
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button-quiet"
                data-move={1}
                aria-label={`Move ${sectionLabel(row.kind)} down`}
                disabled={index === rows.length - 1 || !row.included || !rows[index + 1]?.included}
                onClick={() => move(index, 1)}
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
