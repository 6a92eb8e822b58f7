import { z } from 'zod';
import { isoInstant, sha256Schema, uuidSchema } from './protocol-common.js';
import { fileRefSchema } from './protocol-files-ref.js';

export const maxBatchRecords = 500;
/** Canonical JSON of one payload; bytes belong in files, not in records. */
export const maxPayloadBytes = 256 * 1024;

/**
 * One change of one record, built from an OutboxEntry. `changeId` is the per-record idempotency
 * key; `sha256` is payloadSha256(payload) and is checked by the server.
 */
export const pushRecordSchema = z.object({
  changeId: uuidSchema('changeId'),
  table: z.string().min(1, { error: 'Nama tabel wajib diisi' }).max(64),
  recordId: z.string().min(1, { error: 'recordId wajib diisi' }).max(100),
  version: z.int({ error: 'version harus bilangan bulat' }).min(1, { error: 'version minimal 1' }),
  sha256: sha256Schema,
  payload: z.record(z.string(), z.unknown(), { error: 'payload harus objek JSON' }),
  /** Typed in afterwards from the paper books (SOP, Peringatan). */
  backfilled: z.boolean().optional(),
  files: z.array(fileRefSchema).max(20).optional(),
});
export type PushRecord = z.infer<typeof pushRecordSchema>;

/**
 * A batch. `batchId` is the batch's idempotency key: the same batch delivered twice is stored
 * once. Records are validated one by one (a bad record is `rejected`, its neighbours go through),
 * hence `z.unknown()` here.
 */
export const pushRequestSchema = z.object({
  batchId: uuidSchema('batchId'),
  counterId: uuidSchema('counterId'),
  /** The counter's clock when it sent the batch: compared with the server's. */
  sentAt: isoInstant,
  records: z
    .array(z.unknown())
    .min(1, { error: 'Batch kosong' })
    .max(maxBatchRecords, { error: `Paling banyak ${maxBatchRecords} catatan per batch` }),
});
export type PushRequest = Omit<z.infer<typeof pushRequestSchema>, 'records'> & {
  readonly records: readonly PushRecord[];
};

export const rejectionCodes = [
  'INVALID_RECORD',
  'UNKNOWN_TABLE',
  'HASH_MISMATCH',
  'ID_MISMATCH',
  'VERSION_MISMATCH',
  'INVALID_NIK',
  'TOO_LARGE',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export const pushFlags = ['NIK_DUPLICATE'] as const;
export type PushFlag = (typeof pushFlags)[number];

const resultBase = { index: z.int().min(0), changeId: z.string() };

/** What happened to one record. Remove the outbox entry on any of these but keep rejected ones
 * and conflicts visible to the officer ("perlu perhatian"). */
export const pushResultSchema = z.discriminatedUnion('status', [
  z.object({
    ...resultBase,
    status: z.literal('accepted'),
    /** Position in the pull feed; absent when the record was stored as history only. */
    seq: z.string().optional(),
    flags: z.array(z.enum(pushFlags)).optional(),
    /** sha256 of referenced files the server does not have yet: upload them. */
    missingFiles: z.array(sha256Schema).optional(),
  }),
  z.object({ ...resultBase, status: z.literal('duplicate') }),
  z.object({
    ...resultBase,
    status: z.literal('conflict'),
    serverVersion: z.int(),
    serverCounterId: z.string().nullable(),
    /** The server's current snapshot, for the side-by-side resolution screen. */
    serverPayload: z.record(z.string(), z.unknown()),
  }),
  z.object({
    ...resultBase,
    status: z.literal('rejected'),
    code: z.enum(rejectionCodes),
    /** Bahasa Indonesia, says what to fix. */
    reason: z.string(),
  }),
]);
export type PushResult = z.infer<typeof pushResultSchema>;
export type PushStatus = PushResult['status'];

export const pushResponseSchema = z.object({
  batchId: z.string(),
  /** True when this batchId had been received before (a retry after a lost reply). */
  replayed: z.boolean(),
  /** In request order, one per record. */
  results: z.array(pushResultSchema),
  serverTime: isoInstant,
});
export type PushResponse = z.infer<typeof pushResponseSchema>;
