/**
 * The names of CasefileApi's methods, as data: what the Electron preload exposes on
 * `window.casefile` and nothing else (e2e/renderer-security.spec.ts checks the page against
 * it). Typecheck fails when a method of CasefileApi is missing here or a name here is not one.
 */
import type { CasefileApi } from './api'

export const CASEFILE_API_METHODS = [
  'listDocuments',
  'getDocument',
  'getAppInfo',
  'saveExport',
  'writeRollingBackup',
  'listRollingBackups',
  'readRollingBackup',
  'pickImportFiles',
  'onImportRequested',
] as const satisfies readonly (keyof CasefileApi)[]

/** A method of CasefileApi. */
export type CasefileApiMethod = (typeof CASEFILE_API_METHODS)[number]

type MustBeEmpty<T extends never> = T

/** Methods of CasefileApi missing from CASEFILE_API_METHODS: `never`, or typecheck fails. */
export type UnlistedCasefileApiMethods = MustBeEmpty<Exclude<keyof CasefileApi, CasefileApiMethod>>
