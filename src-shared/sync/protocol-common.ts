import { z } from 'zod';

/**
 * Shared pieces of the wire protocol between a counter and the city system (docs/sync-protocol.md, docs/openapi.yaml).
 * Every response, success or error, carries the server's clock as `serverTime` (JSON bodies) and
 * as the `X-Server-Time` header, so the counter can measure its own clock skew on each exchange.
 */
export const protocolVersion = 1;

export const paths = {
  health: '/v1/health',
  enrol: '/v1/enrol',
  push: '/v1/push',
  pull: '/v1/pull',
  fileInit: '/v1/files/init',
  /** `/v1/files/{sha256}` GET the bytes; `/status`, `/chunks?offset=N`, `/complete` below it. */
  files: '/v1/files',
  adminEnrolmentCodes: '/v1/admin/enrolment-codes',
  adminVacancies: '/v1/admin/vacancies',
  adminOfficers: '/v1/admin/officers',
  adminCounters: '/v1/admin/counters',
} as const;

export const serverTimeHeader = 'X-Server-Time';

/** Tables counters push (upward). Append-only events never conflict; see `versionedTables`. */
export const syncedTables = [
  'seekers',
  'visits',
  'cards',
  'cardPrints',
  'reports',
  'placements',
  'handovers',
  'counselling',
  'duplicateDecisions',
  'legalisations',
  'auditEntries',
  'seekerMerges',
] as const;
export type SyncedTable = (typeof syncedTables)[number];

/** Tables whose records are edited in place with versions: concurrent edits are conflicts. */
export const versionedTables: readonly SyncedTable[] = ['seekers'];

/** Tables the city system hands down to counters (imported by an administrator). */
export const downwardTables = ['vacancies', 'officers'] as const;
export type DownwardTable = (typeof downwardTables)[number];

/** Tables the server itself writes into the pull feed. */
export const serverTables = ['nikConflicts'] as const;
export type ServerTable = (typeof serverTables)[number];

export type PullTable = SyncedTable | DownwardTable | ServerTable;

export function isSyncedTable(table: string): table is SyncedTable {
  return syncedTables.some((name) => name === table);
}

export const isoInstant = z.iso.datetime({ offset: true, error: 'Waktu harus ISO 8601' });
export const uuidSchema = (what: string) => z.uuid({ error: `${what} harus UUID` });
export const sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: 'sha256 harus 64 digit heksadesimal huruf kecil' });

export const errorCodes = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'ENROLMENT_CODE_INVALID',
  'BATCH_OWNED_BY_OTHER_COUNTER',
  'OFFSET_MISMATCH',
  'SIZE_MISMATCH',
  'FILE_INCOMPLETE',
  'HASH_MISMATCH',
  'ADMIN_DISABLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Body of every non-2xx response. `message` is Bahasa Indonesia and says what to do. */
export const errorResponseSchema = z.object({
  error: z.object({ code: z.enum(errorCodes), message: z.string() }),
  serverTime: isoInstant,
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const healthResponseSchema = z.object({
  ok: z.literal(true),
  protocolVersion: z.number(),
  serverTime: isoInstant,
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
