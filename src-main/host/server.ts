import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fail } from '../../src-shared/domain/outcome.js';
import type { InvokeHandlers } from '../../src-shared/ipc/contract.js';
import { dispatch } from '../ipc/dispatch.js';
import type { Logger } from '../platform/logger.js';
import { contentSecurityPolicy, isAllowedHostHeader, tokenMatches } from './security.js';
import { injectToken, readStatic } from './static-files.js';

export interface HostOptions {
  readonly handlers: InvokeHandlers;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  /** Per-launch secret; only pages served by this host learn it. */
  readonly token: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly logger: Logger;
}

export interface RunningHost {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const maxBodyBytes = 48 * 1024 * 1024;

/**
 * Browser mode: the same contract as Electron IPC, served as `POST /rpc/<channel>` on 127.0.0.1,
 * next to the built renderer. Loopback only, Host header checked, bearer token required.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const staticDir = resolve(options.staticDir);
  let port = options.port;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.logger.error('host request failed', error);
      if (!response.headersSent)
        send(response, 500, fail('INTERNAL', 'Terjadi kesalahan internal.'));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHostHeader(request.headers.host, port)) {
      send(response, 403, fail('UNTRUSTED_SENDER', 'Alamat host tidak diizinkan.'));
      return;
    }
    const path = request.url ?? '/';
    if (path.startsWith('/rpc/')) {
      await handleRpc(request, response, path.slice('/rpc/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, fail('INVALID_REQUEST', 'Metode tidak diizinkan.'));
      return;
    }
    await serveStatic(response, path);
  }

  async function handleRpc(
    request: IncomingMessage,
    response: ServerResponse,
    channel: string,
  ): Promise<void> {
    if (request.method !== 'POST') {
      send(response, 405, fail('INVALID_REQUEST', 'Gunakan POST untuk kanal kontrak.'));
      return;
    }
    if (!tokenMatches(options.token, request.headers.authorization)) {
      send(
        response,
        401,
        fail('UNTRUSTED_SENDER', 'Token sesi tidak valid. Muat ulang halaman aplikasi.'),
      );
      return;
    }
    const body = await readBody(request);
    if (body === undefined) {
      send(response, 413, fail('INVALID_REQUEST', 'Permintaan terlalu besar.'));
      return;
    }
    let parsed: unknown;
    try {
      parsed = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      send(response, 400, fail('INVALID_REQUEST', 'Isi permintaan bukan JSON yang valid.'));
      return;
    }
    send(
      response,
      200,
      await dispatch(options.handlers, decodeURIComponent(channel), parsed, options.logger),
    );
  }

  async function serveStatic(response: ServerResponse, path: string): Promise<void> {
    const isIndex = path === '/' || path.startsWith('/?') || path === '/index.html';
    const file = await readStatic(staticDir, isIndex ? '/index.html' : path);
    if (!file) {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Tidak ditemukan');
      return;
    }
    const body = isIndex
      ? Buffer.from(injectToken(file.body.toString('utf8'), options.token))
      : file.body;
    response
      .writeHead(200, {
        'content-type': file.mediaType,
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'cache-control': isIndex ? 'no-store' : 'public, max-age=3600',
      })
      .end(body);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

function send(response: ServerResponse, status: number, payload: unknown): void {
  response
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(JSON.stringify(payload));
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
