import { ok, fail, type Outcome } from '../../src-shared/domain/outcome.js';
import type { SyncErrorCode, SyncFileResult } from '../../src-shared/ipc/channels/sync.js';
import { fileStatusSchema, offsetMismatchSchema, paths } from '../../src-shared/sync/protocol.js';
import type { Archive } from '../archive/archive.js';
import { replyFailure, requestCity, serverCode, type CityReply, type Fetch } from './city-http.js';

export interface FileLink {
  readonly fetch: Fetch;
  readonly baseUrl: string;
  readonly token: string;
  readonly timeoutMs: number;
  readonly chunkBytes: number;
}

type Status = ReturnType<typeof fileStatusSchema.parse>;

/**
 * Uploads one archived file in chunks, resuming where the server's status says it stopped
 * (after a dropped connection, a crash or a restart), then asks the server to verify SHA-256.
 * The loop is bounded: a server that never advances ends it with a failure the engine retries.
 */
export async function uploadFile(
  link: FileLink,
  archive: Pick<Archive, 'get'>,
  sha256: string,
): Promise<Outcome<SyncFileResult, SyncErrorCode>> {
  const found = await archive.get(sha256);
  if (!found.ok) {
    return fail(
      'SYNC_FILE_MISSING',
      `Berkas ${sha256.slice(0, 12)}… tidak ada atau rusak di arsip loket ini (${found.error.message}); ambil ulang foto atau buat ulang PDF kartu.`,
    );
  }
  const { bytes, mediaType } = found.value;
  const call = (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) =>
    requestCity(link.fetch, {
      baseUrl: link.baseUrl,
      token: link.token,
      method,
      path,
      body,
      timeoutMs: link.timeoutMs,
    });
  const base = `${paths.files}/${sha256}`;

  const init = await call('POST', paths.fileInit, { sha256, size: bytes.byteLength, mediaType });
  if (!init.ok) return init;
  let status = statusOf(init.value);
  if (!status) return replyFailure(init.value);
  let sent = 0;
  const maxSteps = Math.ceil(bytes.byteLength / link.chunkBytes) + 8;
  for (let step = 0; !status.complete && status.received < bytes.byteLength; step += 1) {
    if (step >= maxSteps) return stalled(sha256);
    const offset = status.received;
    const chunk = bytes.subarray(offset, Math.min(bytes.byteLength, offset + link.chunkBytes));
    const put = await call('PUT', `${base}/chunks?offset=${offset}`, chunk);
    if (!put.ok) return put;
    const next = statusOf(put.value) ?? mismatchStatus(put.value);
    if (!next) return replyFailure(put.value);
    if (next.received > offset) sent += next.received - offset;
    status = next;
  }
  if (status.complete) return ok(result(sha256, true, sent, status.serverTime));
  const done = await call('POST', `${base}/complete`);
  if (!done.ok) return done;
  const finished = statusOf(done.value);
  if (finished?.complete) return ok(result(sha256, true, sent, finished.serverTime));
  if (serverCode(done.value.json) === 'HASH_MISMATCH') {
    return fail(
      'SYNC_SERVER_ERROR',
      'Berkas rusak di perjalanan (SHA-256 tidak cocok di server); berkas dikirim ulang dari awal pada sinkronisasi berikutnya.',
    );
  }
  return replyFailure(done.value);
}

function statusOf(reply: CityReply): Status | undefined {
  if (reply.status !== 200) return undefined;
  const parsed = fileStatusSchema.safeParse(reply.json);
  return parsed.success ? parsed.data : undefined;
}

/** OFFSET_MISMATCH carries where the server really is: continue from there. */
function mismatchStatus(reply: CityReply): Status | undefined {
  if (reply.status !== 409) return undefined;
  const parsed = offsetMismatchSchema.safeParse(reply.json);
  return parsed.success ? parsed.data.status : undefined;
}

function result(sha256: string, complete: boolean, sentBytes: number, serverTime: string) {
  return { sha256, complete, sentBytes, serverTime };
}

function stalled(sha256: string) {
  return fail(
    'SYNC_SERVER_ERROR',
    `Unggahan berkas ${sha256.slice(0, 12)}… tidak maju di server; dicoba lagi nanti.`,
  );
}
