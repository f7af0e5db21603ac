/**
 * Every schema version the database has shipped, by name. A shipped version is never
 * edited: a change adds a new entry and a migration in ./migrations.
 */
export const SCHEMA_VERSIONS = {
  initial: 1,
  claims: 2,
  timelines: 3,
  briefs: 4,
  documentTexts: 5,
} as const

/** The version this build opens the database at. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.documentTexts
