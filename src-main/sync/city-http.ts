import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { SyncErrorCode } from '../../src-shared/ipc/channels/sync.js';

/** One HTTP exchange with the city server, before its body is interpreted. */
export interface CityReply {
  readonly status: number;
  readonly json: unknown;
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

export interface CityRequest {
  readonly baseUrl: string;
  readonly token?: string | undefined;
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly body?: unknown;
  readonly timeoutMs: number;
}

export type Fetch = typeof fetch;

/**
 * Sends one request with a time limit and reads the whole answer. No retry here: the renderer's
 * sync engine decides when to try again. A request that never got an answer is SYNC_NETWORK.
 */
export async function requestCity(
  fetcher: Fetch,
  request: CityRequest,
): Promise<Outcome<CityReply, SyncErrorCode>> {
  const headers: Record<string, string> = {};
  if (request.token !== undefined) headers['Authorization'] = `Bearer ${request.token}`;
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (request.body instanceof Uint8Array) {
    headers['Content-Type'] = 'application/octet-stream';
    body = new Uint8Array(request.body);
  } else if (request.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.body);
  }
  try {
    const response = await fetcher(new URL(request.path, request.baseUrl), {
      method: request.method,
      headers,
      signal: AbortSignal.timeout(request.timeoutMs),
      ...(body === undefined ? {} : { body }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const contentType = response.headers.get('content-type') ?? '';
    return ok({ status: response.status, json: parseJson(contentType, bytes), bytes, contentType });
  } catch (error) {
    return fail('SYNC_NETWORK', networkMessage(error, request.timeoutMs));
  }
}

function parseJson(contentType: string, bytes: Uint8Array): unknown {
  if (!contentType.startsWith('application/json')) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

function networkMessage(error: unknown, timeoutMs: number): string {
  const timedOut = error instanceof Error && error.name === 'TimeoutError';
  const why = timedOut
    ? `tidak menjawab dalam ${Math.round(timeoutMs / 1000)} detik`
    : 'tidak dapat dihubungi';
  return `Server kota ${why}. Data tetap aman di loket ini dan dikirim otomatis saat jaringan kembali.`;
}

/** The server's own error message, when it sent one. */
function serverMessage(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('error' in json)) return undefined;
  const error: unknown = json.error;
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return typeof error.message === 'string' ? error.message : undefined;
}

/** The server's error code (OFFSET_MISMATCH, HASH_MISMATCH...), when it sent one. */
export function serverCode(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('error' in json)) return undefined;
  const error: unknown = json.error;
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** A non-2xx answer (or an unreadable 2xx) as the failure the renderer shows. */
export function replyFailure(reply: CityReply): ReturnType<typeof fail<SyncErrorCode>> {
  const said = serverMessage(reply.json);
  if (reply.status === 401) {
    return fail(
      'SYNC_UNAUTHORISED',
      'Server kota tidak mengenali loket ini (token perangkat ditolak). Daftarkan ulang loket di menu Sinkronisasi dengan kode pendaftaran baru.',
    );
  }
  if (reply.status >= 400 && reply.status < 500 && said !== undefined) {
    return fail('SYNC_REFUSED', `Server kota menolak: ${said}`);
  }
  const detail = said ?? (reply.status < 300 ? 'jawaban tidak dapat dibaca' : 'tanpa keterangan');
  return fail(
    'SYNC_SERVER_ERROR',
    `Server kota menjawab dengan kesalahan (${reply.status}: ${detail}). Data tetap di antrean dan dikirim ulang otomatis.`,
  );
}

export const notEnrolled = fail(
  'SYNC_NOT_ENROLLED',
  'Loket ini belum didaftarkan ke server kota. Buka menu Sinkronisasi, isi alamat server dan kode pendaftaran.',
);
