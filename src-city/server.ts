import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { CityStore } from './store/city-store.js';
import { isAdmin, type Limits, type RouteContext } from './http/context.js';
import { writeReply } from './http/http-io.js';
import { failure, type Reply } from './http/reply.js';
import type { Route } from './http/route.js';
import { adminRoutes } from './http/routes-admin.js';
import { fileRoutes } from './http/routes-files.js';
import { syncRoutes } from './http/routes-sync.js';

export interface CityServerOptions {
  readonly store: CityStore;
  readonly now: () => Date;
  /** Without one, the admin endpoints answer ADMIN_DISABLED. */
  readonly adminToken?: string;
  /** 127.0.0.1 unless the city deliberately exposes the server (behind TLS). */
  readonly host?: string;
  /** 0 picks a free port (tests). */
  readonly port?: number;
  readonly log?: (line: string) => void;
  readonly limits?: Partial<Limits>;
}

export interface RunningCityServer {
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open connections; the store stays open (its owner closes it). */
  close(): Promise<void>;
}

const routes: readonly Route[] = [...syncRoutes, ...fileRoutes, ...adminRoutes];
const defaultLimits: Limits = { jsonBytes: 16 * 1024 * 1024 };

export async function startCityServer(options: CityServerOptions): Promise<RunningCityServer> {
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const log = options.log ?? (() => undefined);
  const server = createServer((req, res) => {
    void handle(req, res, options, limits).catch((error: unknown) => {
      log(
        `Kesalahan server pada ${req.method ?? ''} ${req.url ?? ''}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent) {
        void writeReply(
          res,
          failure(
            'INTERNAL',
            'Terjadi kesalahan di server kota; data belum tersimpan, coba kirim ulang.',
          ),
          options.now(),
        );
      } else {
        res.destroy();
      }
    });
  });
  await listen(server, options.port ?? 8780, options.host ?? '127.0.0.1');
  const bound = server.address();
  if (bound === null || typeof bound === 'string')
    throw new Error('Server tidak terikat ke port TCP');
  const { port, address } = bound;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: CityServerOptions,
  limits: Limits,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://city.invalid');
  const reply = await dispatch(req, url, options, limits);
  await writeReply(res, reply, options.now());
}

async function dispatch(
  req: IncomingMessage,
  url: URL,
  options: CityServerOptions,
  limits: Limits,
): Promise<Reply> {
  const matches = routes.map((candidate) => ({
    route: candidate,
    match: candidate.pattern.exec(url.pathname),
  }));
  const forPath = matches.filter((entry) => entry.match !== null);
  const found = forPath.find((entry) => entry.route.method === req.method);
  if (!found?.match) {
    return forPath.length > 0
      ? failure('BAD_REQUEST', `Metode ${req.method ?? ''} tidak didukung untuk ${url.pathname}.`)
      : failure('NOT_FOUND', `Alamat ${url.pathname} tidak dikenal server kota.`);
  }
  if (found.route.admin) {
    if (options.adminToken === undefined) {
      return failure(
        'ADMIN_DISABLED',
        'Fitur admin mati: jalankan server dengan --admin-token atau LOKET_CITY_ADMIN_TOKEN.',
      );
    }
    if (!isAdmin(req, options.adminToken)) return failure('UNAUTHORIZED', 'Token admin salah.');
  }
  const context: RouteContext = {
    req,
    url,
    params: found.match.slice(1),
    store: options.store,
    now: options.now,
    limits,
  };
  return found.route.handle(context);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
