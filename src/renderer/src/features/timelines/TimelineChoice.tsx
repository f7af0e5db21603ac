/** The timeline an event from the reader goes to, with a title field when it is a new one. */
import type { AddToTimeline } from './useAddToTimeline'

export function TimelineChoice({ form }: { form: AddToTimeline }) {
  return (
    <>
      <label className="field">
        <span className="field-label">Timeline</span>
        <select value={form.chosen} onChange={(e) => form.setTimelineId(e.target.value)}>
          {(form.timelines ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
          <option value="new">New timeline…</option>
        </select>
      </label>
      {form.creating && (
        <label className="field">
          <span className="field-label">New timeline title</span>
          <input
            type="text"
            value={form.newTitle}
            onChange={(e) => form.setNewTitle(e.target.value)}
          />
        </label>
      )}
    </>
  )
}
