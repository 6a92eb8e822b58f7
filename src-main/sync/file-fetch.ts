import { createHash } from 'node:crypto';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { ArchiveKind, ArchivedFile } from '../../src-shared/ipc/channels/archive.js';
import type { SyncErrorCode } from '../../src-shared/ipc/channels/sync.js';
import { paths } from '../../src-shared/sync/protocol.js';
import type { Archive } from '../archive/archive.js';
import { replyFailure, requestCity } from './city-http.js';
import type { FileLink } from './file-upload.js';

const kindOf: Readonly<Record<ArchivedFile['mediaType'], ArchiveKind>> = {
  'image/jpeg': 'photo',
  'image/png': 'photo',
  'application/pdf': 'card-pdf',
};

function isArchivable(mediaType: string): mediaType is ArchivedFile['mediaType'] {
  return Object.hasOwn(kindOf, mediaType);
}

/**
 * Brings a file another counter uploaded into this counter's archive (a reprint or legalisation
 * here needs the photo taken there). The bytes are checked against the SHA-256 they were asked by
 * before anything is stored.
 */
export async function fetchFile(
  link: Omit<FileLink, 'chunkBytes'>,
  archive: Pick<Archive, 'get' | 'put'>,
  sha256: string,
): Promise<Outcome<ArchivedFile & { fetched: boolean }, SyncErrorCode>> {
  const local = await archive.get(sha256);
  if (local.ok) {
    const { bytes: _bytes, ...file } = local.value;
    return ok({ ...file, fetched: false });
  }
  const reply = await requestCity(link.fetch, {
    baseUrl: link.baseUrl,
    token: link.token,
    method: 'GET',
    path: `${paths.files}/${sha256}`,
    timeoutMs: link.timeoutMs,
  });
  if (!reply.ok) return reply;
  if (reply.value.status !== 200) return replyFailure(reply.value);
  const mediaType = reply.value.contentType.split(';')[0]?.trim() ?? '';
  const actual = createHash('sha256').update(reply.value.bytes).digest('hex');
  if (actual !== sha256) {
    return fail(
      'SYNC_SERVER_ERROR',
      'Berkas dari server kota tidak cocok dengan sidik SHA-256-nya; tidak disimpan. Coba lagi nanti.',
    );
  }
  if (!isArchivable(mediaType)) {
    return fail('SYNC_REFUSED', `Jenis berkas ${mediaType} tidak dapat disimpan di arsip loket.`);
  }
  const stored = await archive.put(kindOf[mediaType], mediaType, reply.value.bytes);
  if (!stored.ok) return fail('SYNC_FILE_MISSING', stored.error.message);
  return ok({ ...stored.value, fetched: true });
}
