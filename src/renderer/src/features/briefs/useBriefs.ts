/** Briefs and what a brief can choose from (claims, their tags, timelines, highlight tags), live. */
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db'
import { allBriefs } from '../../db/briefs'
import type { BriefRecord } from '../../db/records'
import { readWorkspaceSnapshot, type WorkspaceSnapshot } from '../../db/workspace-snapshot'

export function useBriefs(): { briefs: BriefRecord[]; loaded: boolean } {
  const briefs = useLiveQuery(() => allBriefs(db), [])
  return { briefs: briefs ?? [], loaded: briefs !== undefined }
}

/** The workspace a brief draws on, re-read whenever any of it changes. */
export function useWorkspaceSnapshot(): WorkspaceSnapshot | undefined {
  return useLiveQuery(() => readWorkspaceSnapshot(db), [])
}
