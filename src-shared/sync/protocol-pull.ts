import { z } from 'zod';
import { isoInstant, sha256Schema } from './protocol-common.js';
import { fileRefSchema } from './protocol-files-ref.js';

export const defaultPullLimit = 500;
export const maxPullLimit = 1000;

/**
 * Changes since a cursor, in the order the server stored them. The cursor is opaque to the
 * counter: keep `nextCursor` only after the page is applied (in one transaction), and call again
 * while `hasMore`. Without a cursor the feed starts at the beginning.
 */
export const pullRequestSchema = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, { error: 'cursor tidak sah; mulai ulang tanpa cursor' })
    .optional(),
  limit: z.int().min(1).max(maxPullLimit).default(defaultPullLimit),
  /** By default a counter's own pushes are left out of its pull. */
  includeOwn: z.boolean().default(false),
});
export type PullRequest = z.input<typeof pullRequestSchema>;

/**
 * One entry of the feed: a full snapshot of a record at `version`. The feed can hold an older
 * version after a newer one (history kept from a counter's late push): apply a change only when
 * its version is higher than the local copy's.
 */
export const pullChangeSchema = z.object({
  seq: z.string(),
  changeId: z.string(),
  table: z.string(),
  recordId: z.string(),
  version: z.int(),
  sha256: sha256Schema,
  payload: z.record(z.string(), z.unknown()),
  /** null for records written by the city system (downward tables, NIK conflicts). */
  counterId: z.string().nullable(),
  backfilled: z.boolean(),
  receivedAt: isoInstant,
  files: z.array(fileRefSchema),
});
export type PullChange = z.infer<typeof pullChangeSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(pullChangeSchema),
  nextCursor: z.string(),
  hasMore: z.boolean(),
  serverTime: isoInstant,
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** Payload of a `nikConflicts` change: the same NIK registered as two seekers. */
export const nikConflictSchema = z.object({
  id: z.string(),
  version: z.int(),
  nik: z.string(),
  seekerIds: z.tuple([z.string(), z.string()]),
  counterIds: z.tuple([z.string().nullable(), z.string().nullable()]),
  detectedAt: isoInstant,
  status: z.enum(['open', 'resolved']),
  resolvedAt: isoInstant.optional(),
  /** The seekerMerges record that resolved it. */
  resolvedBy: z.string().optional(),
});
export type NikConflict = z.infer<typeof nikConflictSchema>;
