import { z } from 'zod';
import { isoInstant, sha256Schema } from './protocol-common.js';
import { fileRefSchema } from './protocol-files-ref.js';

export { fileRefSchema, maxFileBytes, type FileRef } from './protocol-files-ref.js';

/** Largest chunk body; a counter may send smaller ones. */
export const maxChunkBytes = 1024 * 1024;

/**
 * Files are content-addressed by their SHA-256 (as in the counter's archive):
 *   POST /v1/files/init                    {sha256, size, mediaType}  -> FileStatus
 *   PUT  /v1/files/{sha256}/chunks?offset=N  raw bytes                 -> FileStatus
 *   GET  /v1/files/{sha256}/status                                     -> FileStatus
 *   POST /v1/files/{sha256}/complete       server hashes what it got   -> FileStatus or HASH_MISMATCH
 *   GET  /v1/files/{sha256}                the bytes, once complete
 * To resume after an interruption: GET status, continue at `received`. A chunk at an offset the
 * server already has is acknowledged without change (a retry after a lost reply); any other
 * offset than `received` is OFFSET_MISMATCH carrying the status.
 */
export const fileInitRequestSchema = fileRefSchema.pick({
  sha256: true,
  size: true,
  mediaType: true,
});
export type FileInitRequest = z.infer<typeof fileInitRequestSchema>;

export const chunkQuerySchema = z.object({
  offset: z.coerce.number().int().min(0, { error: 'offset harus bilangan bulat >= 0' }),
});

export const fileStatusSchema = z.object({
  sha256: sha256Schema,
  size: z.int(),
  mediaType: z.string(),
  /** Bytes stored so far, contiguous from 0: the offset of the next chunk. */
  received: z.int(),
  /** True once the server verified the SHA-256 of the whole file. */
  complete: z.boolean(),
  serverTime: isoInstant,
});
export type FileStatus = z.infer<typeof fileStatusSchema>;

/** Body of OFFSET_MISMATCH (409): the error plus where to continue. */
export const offsetMismatchSchema = z.object({
  error: z.object({ code: z.literal('OFFSET_MISMATCH'), message: z.string() }),
  status: fileStatusSchema,
  serverTime: isoInstant,
});
