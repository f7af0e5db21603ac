/**
 * The entity panel's writes: merges and splits of the analyst's own, each one undoable step
 * (Ctrl+Z) stored through db/entity-overrides.ts, and said in the status bar.
 */
import {
  addMerge,
  addSplit,
  removeMerge,
  removeSplit,
  type EntityVariant,
  type IndexedEntity,
  type MergeOverride,
} from '@shared/entities/entity-index'
import { db } from '../../db'
import { changeEntityOverrides } from '../../db/entity-overrides'
import { runChange } from '../run-write'

/** Merges `other` into `into` (which keeps its id and name). */
export function mergeEntities(into: IndexedEntity, other: IndexedEntity): Promise<boolean> {
  return runChange(
    () =>
      changeEntityOverrides(db, `merge “${other.name}” into “${into.name}”`, (o) =>
        addMerge(o, [into.id, other.id]),
      ),
    {
      done: `“${other.name}” merged into “${into.name}”. Undo with Ctrl+Z.`,
      failed: `“${other.name}” could not be merged into “${into.name}”.`,
    },
  )
}

/** Moves one spelling of `entity` out into an entity of its own. */
export function splitSpelling(entity: IndexedEntity, variant: EntityVariant): Promise<boolean> {
  return runChange(
    () =>
      changeEntityOverrides(db, `split “${variant.surface}” from “${entity.name}”`, (o) =>
        addSplit(o, variant.id),
      ),
    {
      done: `“${variant.surface}” is now an entity of its own. Undo with Ctrl+Z.`,
      failed: `“${variant.surface}” could not be split from “${entity.name}”.`,
    },
  )
}

/** Forgets a split: the spelling goes back to the entity the rules give it. */
export function rejoinSpelling(variantId: string, surface: string): Promise<boolean> {
  return runChange(
    () => changeEntityOverrides(db, `rejoin “${surface}”`, (o) => removeSplit(o, variantId)),
    {
      done: `“${surface}” is grouped as the spelling rules group it again. Undo with Ctrl+Z.`,
      failed: `The split of “${surface}” could not be removed.`,
    },
  )
}

/** Forgets a stored merge: its entities stand apart again. */
export function unmerge(merge: MergeOverride, described: string): Promise<boolean> {
  return runChange(
    () => changeEntityOverrides(db, `unmerge ${described}`, (o) => removeMerge(o, merge.keys)),
    {
      done: `Unmerged ${described}. Undo with Ctrl+Z.`,
      failed: `The merge of ${described} could not be removed.`,
    },
  )
}
