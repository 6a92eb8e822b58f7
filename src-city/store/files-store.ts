import { createHash } from 'node:crypto';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { FileInitRequest } from '../../src-shared/sync/protocol.js';
import type { SqlClient, SqlQueryable } from '../storage/sql-client.js';
import { bytes, instantOrNull, int, text } from '../storage/row.js';

export interface StoredFile {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
  readonly received: number;
  readonly complete: boolean;
}

export type FileFailureCode =
  | 'NOT_FOUND'
  | 'SIZE_MISMATCH'
  | 'OFFSET_MISMATCH'
  | 'FILE_INCOMPLETE'
  | 'HASH_MISMATCH'
  | 'BAD_REQUEST';
export type FileOutcome = Outcome<StoredFile, FileFailureCode>;

/**
 * Chunked, resumable, content-addressed uploads. Chunks are rows (bytea) so that the embedded and
 * the real PostgreSQL keep files the same way and a backup of the database holds everything.
 */
export interface FilesStore {
  init(request: FileInitRequest): Promise<FileOutcome>;
  status(sha256: string): Promise<FileOutcome>;
  putChunk(sha256: string, offset: number, data: Uint8Array): Promise<FileOutcome>;
  complete(sha256: string): Promise<FileOutcome>;
  /** The chunks of a complete file, in order. */
  read(
    sha256: string,
  ): Promise<
    Outcome<
      { file: StoredFile; chunks: AsyncIterable<Uint8Array> },
      'NOT_FOUND' | 'FILE_INCOMPLETE'
    >
  >;
}

export function filesStore(sql: SqlClient, now: () => Date): FilesStore {
  return {
    async init(request) {
      await sql.query(
        `INSERT INTO files (sha256, size, media_type, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING`,
        [request.sha256, request.size, request.mediaType, now()],
      );
      const file = await find(sql, request.sha256);
      if (!file) throw new Error('files: baris yang baru ditulis tidak ditemukan');
      if (file.size !== request.size) {
        return fail(
          'SIZE_MISMATCH',
          `Berkas ${request.sha256.slice(0, 12)}… sudah terdaftar dengan ukuran ${file.size} byte, bukan ${request.size}.`,
        );
      }
      return ok(file);
    },

    async status(sha256) {
      const file = await find(sql, sha256);
      return file ? ok(file) : notFound(sha256);
    },

    putChunk: (sha256, offset, data) =>
      sql.transaction(async (tx): Promise<FileOutcome> => {
        const file = await find(tx, sha256, 'FOR UPDATE');
        if (!file) return notFound(sha256);
        // Already stored (a retry after a lost reply, or a finished file): acknowledge as is.
        if (file.complete || offset + data.length <= file.received) return ok(file);
        if (offset !== file.received) {
          return fail(
            'OFFSET_MISMATCH',
            `Server sudah menerima ${file.received} byte; lanjutkan dari offset itu.`,
          );
        }
        if (offset + data.length > file.size) {
          return fail('BAD_REQUEST', `Potongan melewati ukuran berkas (${file.size} byte).`);
        }
        await tx.query('INSERT INTO file_chunks (sha256, byte_offset, data) VALUES ($1, $2, $3)', [
          sha256,
          offset,
          data,
        ]);
        await tx.query('UPDATE files SET received = $2 WHERE sha256 = $1', [
          sha256,
          offset + data.length,
        ]);
        return ok({ ...file, received: offset + data.length });
      }),

    complete: (sha256) =>
      sql.transaction(async (tx): Promise<FileOutcome> => {
        const file = await find(tx, sha256, 'FOR UPDATE');
        if (!file) return notFound(sha256);
        if (file.complete) return ok(file);
        if (file.received !== file.size) {
          return fail(
            'FILE_INCOMPLETE',
            `Baru ${file.received} dari ${file.size} byte diterima; kirim sisanya dulu.`,
          );
        }
        const hash = createHash('sha256');
        for await (const chunk of chunksOf(tx, sha256)) hash.update(chunk);
        if (hash.digest('hex') !== sha256) {
          // Start over rather than keep bytes that are known to be wrong.
          await tx.query('DELETE FROM file_chunks WHERE sha256 = $1', [sha256]);
          await tx.query('UPDATE files SET received = 0 WHERE sha256 = $1', [sha256]);
          return fail(
            'HASH_MISMATCH',
            'Isi berkas tidak cocok dengan SHA-256-nya; server membuangnya, unggah ulang dari awal.',
          );
        }
        await tx.query('UPDATE files SET completed_at = $2 WHERE sha256 = $1', [sha256, now()]);
        return ok({ ...file, complete: true });
      }),

    async read(sha256) {
      const file = await find(sql, sha256);
      if (!file) return notFound(sha256);
      if (!file.complete)
        return fail(
          'FILE_INCOMPLETE',
          'Berkas belum selesai diunggah loket asalnya; coba lagi nanti.',
        );
      return ok({ file, chunks: chunksOf(sql, sha256) });
    },
  };
}

async function find(
  sql: SqlQueryable,
  sha256: string,
  lock: '' | 'FOR UPDATE' = '',
): Promise<StoredFile | undefined> {
  const rows = await sql.query(
    `SELECT sha256, size, media_type, received, completed_at FROM files WHERE sha256 = $1 ${lock}`,
    [sha256],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    sha256: text(row, 'sha256'),
    size: int(row, 'size'),
    mediaType: text(row, 'media_type'),
    received: int(row, 'received'),
    complete: instantOrNull(row, 'completed_at') !== null,
  };
}

/** One chunk per query, so a large file is never held in memory whole. */
async function* chunksOf(sql: SqlQueryable, sha256: string): AsyncIterable<Uint8Array> {
  let offset = -1;
  for (;;) {
    const rows = await sql.query(
      'SELECT byte_offset, data FROM file_chunks WHERE sha256 = $1 AND byte_offset > $2 ORDER BY byte_offset LIMIT 1',
      [sha256, offset],
    );
    const row = rows[0];
    if (!row) return;
    offset = int(row, 'byte_offset');
    yield bytes(row, 'data');
  }
}

function notFound(sha256: string): {
  readonly ok: false;
  readonly error: { code: 'NOT_FOUND'; message: string };
} {
  return fail(
    'NOT_FOUND',
    `Berkas ${sha256.slice(0, 12)}… tidak ada di server; mulai dengan /v1/files/init.`,
  );
}
