/**
 * A table's column layout (order and visibility), remembered between sessions in the
 * settings table. Not undoable: a layout is how the analyst looks at the work, not the work.
 */
import { z } from 'zod'
import type { TableLayout } from '@shared/table-layout/table-layout'
import type { CasefileDatabase } from './database'

/** The settings key a table's layout is stored under. */
export const tableLayoutKey = (tableKey: string) => `table-layout:${tableKey}`

const columnOrderSchema = z.array(z.string())
const columnVisibilitySchema = z.record(z.string(), z.boolean())

/**
 * The stored layout of a table, or null when there is none. Each part that does not
 * validate (written by another version, or damaged) is left out, so the caller's
 * defaults apply to it; ids of columns that no longer exist are kept for the view's
 * `resolveTableLayout` (shared/table-layout) to drop.
 */
export async function readTableLayout(
  db: CasefileDatabase,
  tableKey: string,
): Promise<Partial<TableLayout> | null> {
  const record = await db.settings.get(tableLayoutKey(tableKey))
  if (!record || typeof record.value !== 'object' || record.value === null) return null
  const value = record.value as Record<string, unknown>
  const order = columnOrderSchema.safeParse(value.columnOrder)
  const visibility = columnVisibilitySchema.safeParse(value.columnVisibility)
  if (!order.success && !visibility.success) return null
  return {
    ...(order.success ? { columnOrder: order.data } : {}),
    ...(visibility.success ? { columnVisibility: visibility.data } : {}),
  }
}

/** Stores a table's layout, replacing the previous one. */
export async function saveTableLayout(
  db: CasefileDatabase,
  tableKey: string,
  layout: TableLayout,
): Promise<void> {
  const value: TableLayout = {
    columnOrder: [...layout.columnOrder],
    columnVisibility: { ...layout.columnVisibility },
  }
  await db.settings.put({ key: tableLayoutKey(tableKey), value, updatedAt: Date.now() })
}

/** Forgets a table's layout, so its defaults apply again (also as they change). */
export async function clearTableLayout(db: CasefileDatabase, tableKey: string): Promise<void> {
  await db.settings.delete(tableLayoutKey(tableKey))
}
