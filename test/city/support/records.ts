import { v7 as uuidv7 } from 'uuid';
import { payloadSha256 } from '../../../src-shared/sync/sha256.js';
import type { FileRef, PushRecord } from '../../../src-shared/sync/protocol.js';

let nikSerial = 1000;

/** A fresh, valid Denpasar NIK (woman born 12-05-1999), unique within the test run. */
export function newNik(): string {
  nikSerial += 1;
  return `517101520599${String(nikSerial).slice(-4)}`;
}

export interface SeekerOptions {
  readonly id?: string;
  readonly nik?: string;
  readonly name?: string;
  readonly version?: number;
  readonly counterId: string;
}

export function seekerPayload(options: SeekerOptions): Record<string, unknown> {
  return {
    id: options.id ?? uuidv7(),
    nik: options.nik ?? newNik(),
    name: options.name ?? 'Ni Luh Putu Ayu',
    nameKey: (options.name ?? 'Ni Luh Putu Ayu').toLowerCase(),
    birthPlace: 'Denpasar',
    birthDate: '1999-05-12',
    sex: 'P',
    address: 'Jl. Gatot Subroto VI No. 3',
    phone: '081234567890',
    educationLevel: 'SMA',
    version: options.version ?? 1,
    createdAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.000Z',
    counterId: options.counterId,
    officerId: 'petugas-1',
  };
}

/** A pushed record for `payload`, with a correct SHA-256 unless told otherwise. */
export async function change(
  table: string,
  payload: Record<string, unknown>,
  extra: {
    readonly changeId?: string;
    readonly sha256?: string;
    readonly backfilled?: boolean;
    readonly files?: FileRef[];
  } = {},
): Promise<PushRecord> {
  const id = payload['id'];
  const version = payload['version'];
  return {
    changeId: extra.changeId ?? uuidv7(),
    table,
    recordId: typeof id === 'string' ? id : '',
    version: typeof version === 'number' ? version : 1,
    sha256: extra.sha256 ?? (await payloadSha256(payload)),
    payload,
    ...(extra.backfilled === undefined ? {} : { backfilled: extra.backfilled }),
    ...(extra.files === undefined ? {} : { files: extra.files }),
  };
}

export function batch(
  counterId: string,
  records: readonly unknown[],
  sentAt = '2026-03-02T01:00:00.000Z',
): {
  batchId: string;
  counterId: string;
  sentAt: string;
  records: readonly unknown[];
} {
  return { batchId: uuidv7(), counterId, sentAt, records };
}
