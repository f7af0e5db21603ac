/**
 * zod schemas of every payload that crosses a process boundary, kept apart from api.ts
 * so the sandboxed preload, which needs only the channel names, does not bundle zod.
 */
import { z } from 'zod'
import { Channels, type Channel } from './api'

/** A document id as it may appear in a request: a slug, nothing that could name a path. */
export const documentIdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a document id is lower-case words joined by hyphens')

/** Input schema of each channel; a channel without input takes `undefined`. */
export const channelInput = {
  [Channels.listDocuments]: z.undefined(),
  [Channels.getDocument]: documentIdSchema,
  [Channels.getAppInfo]: z.undefined(),
} satisfies Record<Channel, z.ZodType>
