import { z } from 'zod';
import type { PullResponse, PushResponse } from '../../sync/protocol.js';
import { maxBatchRecords, maxPullLimit } from '../../sync/protocol.js';
import type { ArchivedFile } from './archive.js';

/**
 * The counter's link to the city system. The main process holds the device token (sync.json in
 * the data folder) and talks HTTP; the renderer's sync engine decides what to send and when.
 * Main never retries: every request has a time limit and its failure comes back as a value.
 */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 harus 64 digit heksadesimal');
const serverUrl = z
  .string()
  .trim()
  .max(300)
  .refine((text) => /^https?:\/\/[^\s/]+/i.test(text), {
    error: 'Alamat server harus diawali http:// atau https://, misalnya http://10.0.0.5:8780',
  });

export const syncChannels = {
  'sync:settings:get': z.object({}).strict(),
  'sync:settings:set': z.object({ serverUrl }).strict(),
  'sync:enrol': z
    .object({
      url: serverUrl,
      code: z.string().trim().min(6, 'Kode pendaftaran terlalu pendek').max(40),
      counterName: z.string().trim().min(1, 'Nama loket wajib diisi').max(80),
    })
    .strict(),
  'sync:status': z.object({}).strict(),
  'sync:push': z
    .object({
      batch: z
        .object({
          batchId: z.uuid('batchId harus UUID'),
          sentAt: z.iso.datetime({ offset: true }),
          /** Checked one by one by the server: a bad record is rejected, not the batch. */
          records: z.array(z.unknown()).min(1).max(maxBatchRecords),
        })
        .strict(),
    })
    .strict(),
  'sync:pull': z
    .object({
      cursor: z
        .string()
        .regex(/^\d{1,19}$/)
        .optional(),
      limit: z.int().min(1).max(maxPullLimit).optional(),
    })
    .strict(),
  'sync:uploadFile': z.object({ sha256 }).strict(),
  'sync:fetchFile': z.object({ sha256 }).strict(),
} as const;

export interface SyncSettings {
  /** null until an officer entered the city server's address. */
  readonly serverUrl: string | null;
}

export interface SyncLinkStatus extends SyncSettings {
  readonly enrolled: boolean;
  /** The counter id the city server gave at enrolment. */
  readonly counterId: string | null;
  readonly counterName: string | null;
  readonly enrolledAt: string | null;
}

export type SyncPushResult = PushResponse & {
  /** Files a record refers to that this counter's archive does not hold (left out of `files`). */
  readonly localFilesMissing: readonly string[];
};

export interface SyncFileResult {
  readonly sha256: string;
  readonly complete: boolean;
  /** Bytes sent by this call (0 when the server already had the file). */
  readonly sentBytes: number;
  readonly serverTime: string;
}

export interface SyncResults {
  'sync:settings:get': SyncSettings;
  'sync:settings:set': SyncSettings;
  'sync:enrol': SyncLinkStatus & { readonly serverTime: string };
  'sync:status': SyncLinkStatus;
  'sync:push': SyncPushResult;
  'sync:pull': PullResponse;
  'sync:uploadFile': SyncFileResult;
  'sync:fetchFile': ArchivedFile & { readonly fetched: boolean };
}

/**
 * NETWORK: the server did not answer (down, unplugged, timed out); SERVER_ERROR: it answered with
 * an error or something unreadable; UNAUTHORISED: the device token is unknown or revoked.
 */
export type SyncErrorCode =
  | 'SYNC_NETWORK'
  | 'SYNC_SERVER_ERROR'
  | 'SYNC_UNAUTHORISED'
  | 'SYNC_NOT_ENROLLED'
  | 'SYNC_REFUSED'
  | 'SYNC_FILE_MISSING';
