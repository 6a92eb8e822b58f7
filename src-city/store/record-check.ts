import type { z } from 'zod';
import { canonicalJson } from '../../src-shared/sync/canonical-json.js';
import { sha256Hex } from '../../src-shared/sync/sha256.js';
import {
  isSyncedTable,
  maxPayloadBytes,
  pushRecordSchema,
  type PushRecord,
  type PushResult,
  type RejectionCode,
  type SyncedTable,
} from '../../src-shared/sync/protocol.js';

export type CheckedRecord = PushRecord & { readonly table: SyncedTable };
export type Rejected = Extract<PushResult, { status: 'rejected' }>;
export type Check =
  | { readonly ok: true; readonly record: CheckedRecord }
  | { readonly ok: false; readonly result: Rejected };

// JSON escapes PostgreSQL jsonb refuses: NUL and lone UTF-16 surrogates.
const unstorableEscape = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/;

/** Validates one pushed record on its own, so that one bad record does not hold back the batch. */
export async function checkRecord(raw: unknown, index: number): Promise<Check> {
  const rawChangeId =
    typeof raw === 'object' && raw !== null && 'changeId' in raw ? raw.changeId : undefined;
  const changeId = typeof rawChangeId === 'string' ? rawChangeId : '';
  const reject = (code: RejectionCode, reason: string): Check => ({
    ok: false,
    result: { index, changeId, status: 'rejected', code, reason },
  });

  const parsed = pushRecordSchema.safeParse(raw);
  if (!parsed.success) return reject('INVALID_RECORD', describe(parsed.error));
  const record = parsed.data;
  const { table } = record;
  if (!isSyncedTable(table)) {
    return reject(
      'UNKNOWN_TABLE',
      `Tabel "${table}" tidak dikenal server kota; perbarui aplikasi loket atau hubungi admin.`,
    );
  }

  const canonical = canonicalJson(record.payload);
  if (canonical.length > maxPayloadBytes) {
    return reject(
      'TOO_LARGE',
      `Data catatan ${Math.ceil(canonical.length / 1024)} KB, paling besar ${maxPayloadBytes / 1024} KB: simpan foto dan pindaian sebagai berkas.`,
    );
  }
  if (unstorableEscape.test(canonical)) {
    return reject(
      'INVALID_RECORD',
      'Data berisi karakter tak sah (NUL atau surrogate tunggal); perbaiki isian lalu simpan ulang.',
    );
  }
  if ((await sha256Hex(canonical)) !== record.sha256) {
    return reject(
      'HASH_MISMATCH',
      'Sidik SHA-256 tidak cocok dengan isi catatan (data berubah atau rusak di jalan); kirim ulang dari antrean.',
    );
  }
  const { id, version, nik } = record.payload;
  if (id !== record.recordId) {
    return reject(
      'ID_MISMATCH',
      `id di dalam data (${String(id)}) berbeda dengan recordId (${record.recordId}).`,
    );
  }
  if (version !== undefined && version !== record.version) {
    return reject(
      'VERSION_MISMATCH',
      `Versi di dalam data (${String(version)}) berbeda dengan versi perubahan (${record.version}).`,
    );
  }
  if (table === 'seekers' && (typeof nik !== 'string' || !/^\d{16}$/.test(nik))) {
    return reject('INVALID_NIK', 'NIK harus 16 digit angka.');
  }
  if (table === 'seekerMerges' && !isMerge(record.payload)) {
    return reject(
      'INVALID_RECORD',
      'Penggabungan harus berisi nik, keptSeekerId dan mergedSeekerId yang berbeda.',
    );
  }
  return { ok: true, record: { ...record, table } };
}

function isMerge(payload: Record<string, unknown>): boolean {
  const { nik, keptSeekerId, mergedSeekerId } = payload;
  return (
    typeof nik === 'string' &&
    typeof keptSeekerId === 'string' &&
    typeof mergedSeekerId === 'string' &&
    keptSeekerId !== mergedSeekerId
  );
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Catatan tidak sah.';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `Catatan tidak sah: ${where}${issue.message}`;
}
