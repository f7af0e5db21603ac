/**
 * zod schemas of every payload that crosses a process boundary, kept apart from api.ts
 * so the sandboxed preload, which needs only the channel names, does not bundle zod.
 */
import { z } from 'zod'
import { Channels, exportExtensions, type Channel, type ExportFormat } from './api'

/** A document id as it may appear in a request: a slug, nothing that could name a path. */
export const documentIdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a document id is lower-case words joined by hyphens')

/**
 * The most text one export or backup may carry, in UTF-16 code units (256 Mi, about
 * 256 MB of plain text). Far above any real brief or workspace, well below the engine's
 * string limit, so a runaway payload is refused with a message instead of crashing main.
 */
export const MAX_FILE_CONTENT_CHARS = 256 * 1024 * 1024

/** The longest file name a request may suggest, before its extension is appended. */
export const MAX_FILE_NAME_CHARS = 200

const fileContentSchema = z
  .string()
  .max(MAX_FILE_CONTENT_CHARS, 'the content is over 256 MB, too large to save as one file')

// Characters no file name may hold on Windows, macOS or Linux, plus the separators.
const RESERVED_CHARACTERS = new Set(['/', '\\', ':', '*', '?', '"', '<', '>', '|'])

function hasReservedCharacter(name: string): boolean {
  for (const character of name) {
    const code = character.codePointAt(0) ?? 0
    if (code < 0x20 || code === 0x7f || RESERVED_CHARACTERS.has(character)) return true
  }
  return false
}

/**
 * A file name the renderer may suggest: one plain name, never a path. It becomes the
 * Save dialog's default, which would open in another folder if it held a separator.
 */
export const exportFileNameSchema = z
  .string()
  .min(1, 'a file name is needed')
  .max(MAX_FILE_NAME_CHARS, `a file name is at most ${MAX_FILE_NAME_CHARS} characters`)
  .refine(
    (name) => !hasReservedCharacter(name),
    'a file name cannot contain / \\ : * ? " < > | or control characters',
  )
  .refine((name) => !name.includes('..'), 'a file name cannot contain ".."')
  .refine(
    (name) => name.trim() === name && !name.startsWith('.') && !name.endsWith('.'),
    'a file name cannot start or end with a space or a dot',
  )

/** The export formats a request may name. */
export const exportFormatSchema = z.enum([
  'markdown',
  'json',
  'jsonld',
  'csv',
]) satisfies z.ZodType<ExportFormat>

/**
 * `name` with the format's extension, appended unless it already ends with it (in any
 * case): "brief" → "brief.md", "brief.MD" stays.
 */
export function withExportExtension(name: string, format: ExportFormat): string {
  const extension = `.${exportExtensions[format]}`
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`
}

/**
 * A save request, checked and normalised: `fileName` is the suggested name with its
 * extension. Unknown keys are refused, so a request cannot smuggle in a path.
 */
export const saveExportRequestSchema = z
  .strictObject({
    suggestedName: exportFileNameSchema,
    content: fileContentSchema,
    format: exportFormatSchema,
  })
  .transform(({ suggestedName, content, format }) => ({
    fileName: withExportExtension(suggestedName, format),
    content,
    format,
  }))

/** A save request after validation. */
export type ValidSaveExportRequest = z.output<typeof saveExportRequestSchema>

/**
 * The name of an automatic backup, `casefile-backup-YYYY-MM-DD.json`; the capture group
 * is the day. Nothing else in the backups folder is ever read or deleted.
 */
export const ROLLING_BACKUP_NAME =
  /^casefile-backup-(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\.json$/

/** A rolling backup's file name as a request may give it. */
export const rollingBackupNameSchema = z
  .string()
  .max(64, 'that is not the name of an automatic backup')
  .regex(ROLLING_BACKUP_NAME, 'an automatic backup is named casefile-backup-YYYY-MM-DD.json')

/** The content of an automatic backup: not empty, not over the size cap. */
export const rollingBackupContentSchema = fileContentSchema.min(1, 'a backup cannot be empty')

/** Input schema of each channel; a channel without input takes `undefined`. */
export const channelInput = {
  [Channels.listDocuments]: z.undefined(),
  [Channels.getDocument]: documentIdSchema,
  [Channels.getAppInfo]: z.undefined(),
  [Channels.saveExport]: saveExportRequestSchema,
  [Channels.writeRollingBackup]: rollingBackupContentSchema,
  [Channels.listRollingBackups]: z.undefined(),
  [Channels.readRollingBackup]: rollingBackupNameSchema,
} satisfies Record<Channel, z.ZodType>
