import {
  chunkQuerySchema,
  fileInitRequestSchema,
  maxChunkBytes,
  paths,
} from '../../src-shared/sync/protocol.js';
import type { FileOutcome, StoredFile } from '../store/files-store.js';
import { parseJson, requireCounter, validate, type RouteContext } from './context.js';
import { readBody } from './http-io.js';
import { failure, json, type Reply } from './reply.js';
import { route, type Route } from './route.js';

const sha = '([0-9a-f]{64})';
const filePath = (suffix: string): RegExp => new RegExp(`^${paths.files}/${sha}${suffix}$`);

/** Counter-authenticated routes for files; see protocol-files.ts for the resume rules. */
export const fileRoutes: readonly Route[] = [
  route('POST', paths.fileInit, (context) =>
    withCounter(context, async () => {
      const request = await parseJson(context, fileInitRequestSchema);
      return request.ok
        ? statusReply(await context.store.files.init(request.value))
        : request.reply;
    }),
  ),

  route('GET', filePath('/status'), (context) =>
    withCounter(context, async (sha256) => statusReply(await context.store.files.status(sha256))),
  ),

  route('PUT', filePath('/chunks'), (context) =>
    withCounter(context, async (sha256) => {
      const query = validate(chunkQuerySchema, Object.fromEntries(context.url.searchParams));
      if (!query.ok) return query.reply;
      const body = await readBody(context.req, maxChunkBytes);
      if (!body.ok) {
        return body.reason === 'too-large'
          ? failure(
              'PAYLOAD_TOO_LARGE',
              `Potongan berkas paling besar ${maxChunkBytes / 1048576} MB.`,
            )
          : failure(
              'BAD_REQUEST',
              'Potongan terputus sebelum lengkap; tanyakan status lalu kirim ulang.',
            );
      }
      const stored = await context.store.files.putChunk(sha256, query.value.offset, body.body);
      if (!stored.ok && stored.error.code === 'OFFSET_MISMATCH') {
        const current = await context.store.files.status(sha256);
        return failure(
          'OFFSET_MISMATCH',
          stored.error.message,
          current.ok ? { status: statusBody(current.value, context) } : {},
        );
      }
      return statusReply(stored);
    }),
  ),

  route('POST', filePath('/complete'), (context) =>
    withCounter(context, async (sha256) => statusReply(await context.store.files.complete(sha256))),
  ),

  route('GET', filePath(''), (context) =>
    withCounter(context, async (sha256) => {
      const found = await context.store.files.read(sha256);
      if (!found.ok) return failure(found.error.code, found.error.message);
      const { file, chunks } = found.value;
      return {
        kind: 'bytes',
        headers: {
          'Content-Type': file.mediaType,
          'Content-Length': String(file.size),
          'X-Content-SHA256': file.sha256,
        },
        chunks,
      };
    }),
  ),
];

async function withCounter(
  context: RouteContext,
  handle: (sha256: string) => Promise<Reply>,
): Promise<Reply> {
  const counter = await requireCounter(context);
  return counter.ok ? handle(context.params[0] ?? '') : counter.reply;
}

function statusReply(outcome: FileOutcome): Reply {
  return outcome.ok
    ? json({ ...fileBody(outcome.value) })
    : failure(outcome.error.code, outcome.error.message);
}

function fileBody(file: StoredFile): Record<string, unknown> {
  return {
    sha256: file.sha256,
    size: file.size,
    mediaType: file.mediaType,
    received: file.received,
    complete: file.complete,
  };
}

/** The nested status of an OFFSET_MISMATCH body carries its own serverTime, like a status reply. */
function statusBody(file: StoredFile, context: RouteContext): Record<string, unknown> {
  return { ...fileBody(file), serverTime: context.now().toISOString() };
}
