/**
 * The annotation import as the dialog runs it: a chosen file is read and planned against
 * the library (nothing written), planned again whenever the analyst says which document a
 * source is, and added on confirm. A newer step makes an older, slower one's answer stale.
 */
import {
  documentsThatMayGo,
  type AnnotationFileFormat,
  type AnnotationImportPlan,
  type ParsedAnnotation,
  type UnmatchedSource,
} from '@shared/import/web-annotation-import'
import { useCallback, useMemo, useRef, useState } from 'react'
import { db } from '../../db'
import { useDocumentsService, useDocumentSummaries } from '../../host/useDocuments'
import { describeError } from '../../ui/status'
import {
  addPlannedHighlights,
  planFromLibrary,
  readChosenFile,
  type ChosenFile,
  type ImportLibrary,
} from './annotation-import-actions'
import { choosableSources } from './annotation-import-wording'

/** Where an import stands. `busy` is set while a new plan is made or the highlights are added. */
export type AnnotationImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; problem: string }
  | {
      step: 'planned'
      fileName: string
      format: AnnotationFileFormat
      annotations: ParsedAnnotation[]
      /** The sources the analyst may name a document for (from the plan before any choice). */
      choosable: (UnmatchedSource & { source: string })[]
      /** The analyst's choices: source as the file names it → document id. */
      sources: Record<string, string>
      plan: AnnotationImportPlan
      busy: 'planning' | 'adding' | null
    }

export interface AnnotationImportFlow {
  state: AnnotationImportState
  /** Reads and plans `file`, replacing whatever was under way. */
  start: (file: ChosenFile) => Promise<void>
  /** Says which document `source` is ('' to leave it out) and plans again. */
  choose: (source: string, docId: string) => Promise<void>
  /** Adds the plan's highlights; resolves true once they are saved. */
  confirm: () => Promise<boolean>
  /** Forgets the import (the dialog closed). */
  reset: () => void
}

const IDLE: AnnotationImportState = { step: 'idle' }

const planFailed = (fileName: string, error: unknown): AnnotationImportState => ({
  step: 'refused',
  fileName,
  problem: `“${fileName}” could not be compared with the library: ${describeError(error, 'something went wrong')} Nothing was added.`,
})

export function useAnnotationImport(): AnnotationImportFlow {
  const service = useDocumentsService()
  const summaries = useDocumentSummaries()
  const [state, setState] = useState<AnnotationImportState>(IDLE)
  const turn = useRef(0)
  const library = useMemo<ImportLibrary>(
    () => ({
      database: db,
      metas: async () => (await service.listed()).map((summary) => summary.meta),
      load: service.load,
    }),
    [service],
  )

  const start = useCallback(
    async (file: ChosenFile) => {
      const mine = ++turn.current
      setState({ step: 'reading', fileName: file.name })
      const reading = await readChosenFile(file)
      if (mine !== turn.current) return
      if (!reading.ok) {
        setState({ step: 'refused', fileName: reading.fileName, problem: reading.problem })
        return
      }
      const { fileName, format, annotations } = reading
      try {
        const plan = await planFromLibrary(annotations, library)
        if (mine !== turn.current) return
        const choosable = choosableSources(plan.unmatchedSources)
        setState({
          step: 'planned',
          fileName,
          format,
          annotations,
          choosable,
          sources: {},
          plan,
          busy: null,
        })
      } catch (error) {
        if (mine === turn.current) setState(planFailed(fileName, error))
      }
    },
    [library],
  )

  const choose = useCallback(
    async (source: string, docId: string) => {
      if (state.step !== 'planned') return
      const sources = { ...state.sources }
      if (docId) sources[source] = docId
      else delete sources[source]
      const mine = ++turn.current
      setState({ ...state, sources, busy: 'planning' })
      try {
        const plan = await planFromLibrary(state.annotations, library, sources)
        if (mine !== turn.current) return
        setState((now) => (now.step === 'planned' ? { ...now, plan, busy: null } : now))
      } catch (error) {
        if (mine === turn.current) setState(planFailed(state.fileName, error))
      }
    },
    [state, library],
  )

  const confirm = useCallback(async () => {
    if (state.step !== 'planned' || state.busy !== null) return false
    setState({ ...state, busy: 'adding' })
    const bundled = new Set(summaries.filter((s) => !s.meta.imported).map((s) => s.meta.id))
    const mayGo = documentsThatMayGo(state.plan, bundled)
    const result = await addPlannedHighlights(db, state.plan, state.fileName, mayGo)
    if (result === undefined) {
      setState((now) => (now.step === 'planned' ? { ...now, busy: null } : now))
      return false
    }
    return true
  }, [state, summaries])

  const reset = useCallback(() => {
    turn.current++
    setState(IDLE)
  }, [])

  return { state, start, choose, confirm, reset }
}
