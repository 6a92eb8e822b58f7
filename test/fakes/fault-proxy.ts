import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy does with the next requests:
 * - pass: forward and return the answer;
 * - drop-reply: forward, let the server finish (and commit), then cut the connection without
 *   answering: the counter never learns what happened;
 * - error-500: answer 500 without forwarding (nothing stored);
 * - slow: forward, then hold the answer `delayMs` before returning it;
 * - duplicate: forward the same request twice (the network delivered it twice), return the second;
 * - refuse: cut the connection at once (server down);
 * - flaky: a `failRatio` share of requests fail (half 500, half dropped replies), seeded.
 */
export type ProxyMode =
  'pass' | 'drop-reply' | 'error-500' | 'slow' | 'duplicate' | 'refuse' | 'flaky';

export interface ProxyEvent {
  readonly method: string;
  readonly path: string;
  readonly mode: ProxyMode | 'flaky-500' | 'flaky-drop';
  /** Status the server answered (undefined when not forwarded or the server did not answer). */
  readonly upstreamStatus?: number;
  readonly upstreamBody?: string;
}

/** Deterministic PRNG (mulberry32): the same seed fails the same requests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Upstream {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    stream.on('data', (part: Buffer) => parts.push(part));
    stream.on('end', () => resolve(Buffer.concat(parts)));
    stream.on('error', reject);
  });
}

/**
 * A small HTTP proxy on 127.0.0.1 in front of the city server, to inject network faults the
 * counter must survive. Modes can be changed between (or during) requests; every request is
 * logged with what was done to it, and listeners can react (e.g. stop the server mid-batch).
 */
export class FaultProxy {
  mode: ProxyMode = 'pass';
  delayMs = 0;
  failRatio = 0;
  /** Only requests whose path starts with this are subject to the mode; others pass. */
  only: string | undefined;
  readonly events: ProxyEvent[] = [];
  private readonly listeners = new Set<(event: ProxyEvent, phase: 'request' | 'done') => void>();
  private readonly sockets = new Set<Socket>();
  private random = seededRandom(1);

  private constructor(
    private readonly server: Server,
    private target: URL,
  ) {}

  static async start(target: string): Promise<FaultProxy> {
    const server = createServer();
    const proxy = new FaultProxy(server, new URL(target));
    server.on('request', (req, res) => {
      void proxy.handle(req, res.socket, (status, headers, body) => {
        res.writeHead(status, headers);
        res.end(body);
      });
    });
    server.on('connection', (socket) => {
      proxy.sockets.add(socket);
      socket.on('close', () => proxy.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    const address: AddressInfo | string | null = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('Proxy belum berjalan');
    return `http://127.0.0.1:${address.port}`;
  }

  seed(seed: number): void {
    this.random = seededRandom(seed);
  }

  retarget(target: string): void {
    this.target = new URL(target);
  }

  on(listener: (event: ProxyEvent, phase: 'request' | 'done') => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  count(path: string): number {
    return this.events.filter((event) => event.path.startsWith(path)).length;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private emit(event: ProxyEvent, phase: 'request' | 'done'): void {
    if (phase === 'done') this.events.push(event);
    for (const listener of this.listeners) listener(event, phase);
  }

  private pickMode(path: string): ProxyEvent['mode'] {
    if (this.only !== undefined && !path.startsWith(this.only)) return 'pass';
    if (this.mode !== 'flaky') return this.mode;
    if (this.random() >= this.failRatio) return 'pass';
    return this.random() < 0.5 ? 'flaky-500' : 'flaky-drop';
  }

  private async handle(
    req: IncomingMessage,
    socket: Socket | null,
    reply: (status: number, headers: IncomingMessage['headers'], body: Buffer) => void,
  ): Promise<void> {
    const body = await readAll(req);
    const path = req.url ?? '/';
    const mode = this.pickMode(path);
    const base = { method: req.method ?? 'GET', path, mode };
    this.emit(base, 'request');
    if (mode === 'refuse') {
      socket?.destroy();
      this.emit(base, 'done');
      return;
    }
    if (mode === 'error-500' || mode === 'flaky-500') {
      reply(
        500,
        { 'content-type': 'application/json' },
        Buffer.from(
          '{"error":{"code":"INTERNAL","message":"Kesalahan uji (proxy)."},"serverTime":"2026-03-02T01:00:00.000Z"}',
        ),
      );
      this.emit(base, 'done');
      return;
    }
    const first = await this.forward(req, body);
    const upstream = mode === 'duplicate' && first ? await this.forward(req, body) : first;
    const event = {
      ...base,
      ...(upstream
        ? { upstreamStatus: upstream.status, upstreamBody: upstream.body.toString('utf8') }
        : {}),
    };
    if (!upstream || mode === 'drop-reply' || mode === 'flaky-drop') {
      socket?.destroy();
      this.emit(event, 'done');
      return;
    }
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const {
      connection: _c,
      'keep-alive': _k,
      'transfer-encoding': _t,
      ...headers
    } = upstream.headers;
    reply(
      upstream.status,
      { ...headers, 'content-length': String(upstream.body.length) },
      upstream.body,
    );
    this.emit(event, 'done');
  }

  private forward(req: IncomingMessage, body: Buffer): Promise<Upstream | undefined> {
    return new Promise((resolve) => {
      const { host: _host, connection: _c, ...headers } = req.headers;
      const outgoing = httpRequest(
        {
          host: this.target.hostname,
          port: this.target.port,
          method: req.method,
          path: req.url,
          headers: { ...headers, 'content-length': String(body.length) },
          agent: false,
        },
        (res) => {
          readAll(res).then(
            (data) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: data }),
            () => resolve(undefined),
          );
        },
      );
      outgoing.on('error', () => resolve(undefined));
      outgoing.end(body);
    });
  }
}
