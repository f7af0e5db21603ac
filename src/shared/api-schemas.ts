/**
 * zod schemas of every payload that crosses a process boundary, kept apart from api.ts
 * so the sandboxed preload, which needs only the channel names, does not bundle zod.
 */
import { z } from 'zod'
import {
  Channels,
  exportExtensions,
  type Channel,
  type ExportFormat,
  type PickedFile,
  type RollingBackupWrite,
} from './api'
import { BACKUP_TABLES, type BackupTableName } from './backup/backup-format'
import { ROLLING_BACKUP_NAME } from './backup/rolling-policy'
import { MAX_FILE_BYTES, megabytes, textOverCap } from './file-size'
import { IMPORT_TOO_LARGE_REASON, MAX_IMPORT_BYTES } from './import/extracted'

/** A document id as it may appear in a request: a slug, nothing that could name a path. */
export const documentIdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a document id is lower-case words joined by hyphens')

/** The most text one export or backup may carry: the shared file cap, in UTF-8 bytes. */
export { MAX_FILE_BYTES } from './file-size'

/** The longest file name a request may suggest, before its extension is appended. */
export const MAX_FILE_NAME_CHARS = 200

const fileContentSchema = z
  .string()
  .refine(
    (content) => !textOverCap(content),
    `the content is over ${megabytes(MAX_FILE_BYTES)}, too large to save as one file`,
  )

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

/** An automatic backup's file name as a request may give it (rolling-policy.ts names them). */
export const rollingBackupNameSchema = z
  .string()
  .max(80, 'that is not the name of an automatic backup')
  .regex(
    ROLLING_BACKUP_NAME,
    'an automatic backup is named casefile-backup-YYYY-MM-DD.json or casefile-backup-YYYY-MM-DD-HHMMSS-<kind>.json',
  )

const rowCount = z.number().int().nonnegative()

/**
 * An automatic backup to keep: its content (not empty, not over the cap), its kind, its
 * rows per table and fingerprint (which the rule compares), and whether the analyst
 * accepted a markedly smaller one. Unknown keys, tables and kinds are refused.
 */
export const rollingBackupWriteSchema = z.strictObject({
  content: fileContentSchema.refine((content) => content.length > 0, 'a backup cannot be empty'),
  kind: z.enum(['daily', 'before-restore', 'before-merge', 'before-erase']),
  counts: z.strictObject(
    Object.fromEntries(BACKUP_TABLES.map((table) => [table, rowCount.optional()])) as Record<
      BackupTableName,
      z.ZodOptional<typeof rowCount>
    >,
  ),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'a fingerprint is 64 hexadecimal digits'),
  acceptSmaller: z.boolean().optional(),
}) satisfies z.ZodType<RollingBackupWrite>

export { IMPORT_TOO_LARGE_REASON }

const pickedFileNameSchema = z
  .string()
  .min(1, 'a picked file has a name')
  .refine(
    (name) => !name.includes('/') && !name.includes('\u0000'),
    'a picked file is named by its base name, never a path',
  )

/**
 * Bytes that fill their whole buffer: cloning a view clones its entire ArrayBuffer, so a
 * view into a larger one (a pooled Node Buffer) would carry other memory to the page.
 */
const pickedBytesSchema = z
  .instanceof(Uint8Array)
  .refine(
    (bytes) => bytes.length <= MAX_IMPORT_BYTES,
    `a picked file is at most ${megabytes(MAX_IMPORT_BYTES)}`,
  )
  .refine(
    (bytes) => bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length,
    'picked bytes are the whole of their buffer',
  )

/**
 * The answer to a pick of files to import, checked by main before it crosses to the
 * page: base names only (the page never learns a folder), bytes within the import cap
 * and owning their buffer, or a refusal in words.
 */
export const pickedFilesSchema = z.array(
  z.union([
    z.strictObject({ name: pickedFileNameSchema, bytes: pickedBytesSchema }),
    z.strictObject({ name: pickedFileNameSchema, refusal: z.string().min(1) }),
  ]),
) satisfies z.ZodType<PickedFile[]>

/** Input schema of each channel; a channel without input takes `undefined`. */
export const channelInput = {
  [Channels.listDocuments]: z.undefined(),
  [Channels.getDocument]: documentIdSchema,
  [Channels.getAppInfo]: z.undefined(),
  [Channels.saveExport]: saveExportRequestSchema,
  [Channels.writeRollingBackup]: rollingBackupWriteSchema,
  [Channels.listRollingBackups]: z.undefined(),
  [Channels.readRollingBackup]: rollingBackupNameSchema,
  [Channels.pickImportFiles]: z.strictObject({ multiple: z.boolean() }).optional(),
} satisfies Record<Channel, z.ZodType>
