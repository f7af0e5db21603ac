/**
 * Says which entity the reader underlines (chosen with "Highlight in reader" in Entities)
 * and how often the open source names it, with a way to stop: otherwise teal underlines
 * would stay on every source with nothing on screen to explain them.
 */
import { setEntityPaint } from '../../host/entity-focus'
import type { PaintedEntity } from './useEntityPaint'

export function UnderlinedEntityBar({ entity }: { entity: PaintedEntity }) {
  return (
    <div className="underlined-entity" role="status">
      <span className="underlined-entity-mark" aria-hidden="true" />
      <span>
        Underlining <strong>{entity.name}</strong>:{' '}
        {entity.count === 0
          ? 'not named in this source'
          : `${entity.count} ${entity.count === 1 ? 'mention' : 'mentions'} in this source`}
      </span>
      <button type="button" className="button-quiet" onClick={() => setEntityPaint(null)}>
        Stop underlining
      </button>
    </div>
  )
}
