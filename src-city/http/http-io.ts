import type { IncomingMessage, ServerResponse } from 'node:http';
import { serverTimeHeader } from '../../src-shared/sync/protocol.js';
import type { Reply } from './reply.js';

export type BodyResult =
  | { readonly ok: true; readonly body: Buffer }
  | { readonly ok: false; readonly reason: 'too-large' | 'aborted' };

/** Reads a whole request body, refusing more than `limit` bytes before buffering it. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (part: Buffer) => {
      size += part.length;
      if (size > limit) {
        finish({ ok: false, reason: 'too-large' });
        req.resume();
        return;
      }
      parts.push(part);
    });
    req.on('end', () => finish({ ok: true, body: Buffer.concat(parts) }));
    // A client that disconnects mid-body: nothing of this request is stored.
    req.on('aborted', () => finish({ ok: false, reason: 'aborted' }));
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('close', () => finish({ ok: false, reason: 'aborted' }));
  });
}

/** Writes a reply; every one carries the server's clock (header, and `serverTime` in JSON). */
export async function writeReply(
  res: ServerResponse,
  reply: Reply,
  serverTime: Date,
): Promise<void> {
  const time = serverTime.toISOString();
  res.setHeader(serverTimeHeader, time);
  res.setHeader('Cache-Control', 'no-store');
  if (reply.kind === 'json') {
    const text = JSON.stringify({ ...reply.body, serverTime: time });
    res.writeHead(reply.status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
    return;
  }
  res.writeHead(200, reply.headers);
  for await (const chunk of reply.chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
  res.end();
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
