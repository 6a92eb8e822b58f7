import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type PrinterMode = 'ready' | 'paper-out' | 'offline' | 'cover-open' | 'slow' | 'swallow';

/** Answers to DLE EOT 1 (printer), 2 (offline cause), 4 (paper), as an Epson printer gives them. */
const statusBytes: Record<Exclude<PrinterMode, 'swallow'>, Record<number, number>> = {
  ready: { 1: 0x12, 2: 0x12, 4: 0x12 },
  slow: { 1: 0x12, 2: 0x12, 4: 0x12 },
  'paper-out': { 1: 0x1a, 2: 0x32, 4: 0x72 },
  'cover-open': { 1: 0x1a, 2: 0x16, 4: 0x12 },
  offline: { 1: 0x1a, 2: 0x52, 4: 0x12 },
};

interface Connection {
  bytes: Buffer;
  lastByteAt: number;
}

export interface EscPosPrinterEmulator {
  readonly port: number;
  /** `tcp://127.0.0.1:PORT`, ready for the printer settings. */
  readonly url: string;
  setMode(mode: PrinterMode, delayMs?: number): void;
  /** Bytes of every connection that carried more than status queries, oldest first. */
  jobs(): Buffer[];
  /** performance.now() of the last byte of each job, in the same order. */
  jobTimes(): number[];
  /** How many status queries (DLE EOT n) were answered or ignored. */
  readonly statusQueries: number;
  /**
   * Longest time (ms) two connections were open together: from accept to the client's end.
   * Many real printers serve one connection at a time.
   */
  longestOverlapMs(): number;
  waitForJobs(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Removes DLE EOT n sequences: what is left is what the printer would print. */
export function stripStatusQueries(bytes: Buffer): Buffer {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x10 && bytes[i + 1] === 0x04) i += 2;
    else out.push(bytes[i] ?? 0);
  }
  return Buffer.from(out);
}

/**
 * A network ESC/POS printer on 127.0.0.1 (port 0 = any free port). It records every byte,
 * answers status queries for its mode and closes when the client has finished sending,
 * except in 'swallow' (accepts everything, never answers, never closes: a hung printer)
 * and 'slow' (reads nothing for `delayMs` after a connection opens).
 */
export async function startEscPosPrinter(
  options: { mode?: PrinterMode; delayMs?: number; port?: number } = {},
): Promise<EscPosPrinterEmulator> {
  let mode: PrinterMode = options.mode ?? 'ready';
  let delayMs = options.delayMs ?? 400;
  let statusQueries = 0;
  /** [accepted, client ended] per connection, performance.now() */
  const spans: [number, number][] = [];
  const connections: Connection[] = [];
  const sockets = new Set<Socket>();

  const server = createServer({ allowHalfOpen: true }, (socket) => {
    const connection: Connection = { bytes: Buffer.alloc(0), lastByteAt: 0 };
    connections.push(connection);
    sockets.add(socket);
    const span: [number, number] = [performance.now(), Number.POSITIVE_INFINITY];
    spans.push(span);
    const ended = () => (span[1] = Math.min(span[1], performance.now()));
    const modeAtConnect = mode;
    socket.on('error', () => undefined);
    socket.on('end', ended);
    socket.on('close', () => {
      ended();
      sockets.delete(socket);
    });
    let scanned = 0;
    socket.on('data', (chunk: Buffer) => {
      connection.bytes = Buffer.concat([connection.bytes, chunk]);
      connection.lastByteAt = performance.now();
      // Scanning resumes where it stopped, so a query split across two chunks is still seen.
      while (scanned + 2 < connection.bytes.length) {
        if (connection.bytes[scanned] !== 0x10 || connection.bytes[scanned + 1] !== 0x04) {
          scanned += 1;
          continue;
        }
        statusQueries += 1;
        const n = connection.bytes[scanned + 2] ?? 0;
        const answer = modeAtConnect === 'swallow' ? undefined : statusBytes[modeAtConnect][n];
        if (answer !== undefined) socket.write(Buffer.from([answer]));
        scanned += 3;
      }
    });
    socket.on('end', () => {
      if (modeAtConnect !== 'swallow') socket.end();
    });
    if (modeAtConnect === 'slow') {
      socket.pause();
      setTimeout(() => socket.resume(), delayMs);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('emulator is not listening');
  const { port } = address;
  const printed = (): Connection[] =>
    connections.filter((c) => stripStatusQueries(c.bytes).length > 0);

  return {
    port,
    url: `tcp://127.0.0.1:${port}`,
    setMode(next, nextDelay) {
      mode = next;
      if (nextDelay !== undefined) delayMs = nextDelay;
    },
    jobs: () => printed().map((c) => stripStatusQueries(c.bytes)),
    jobTimes: () => printed().map((c) => c.lastByteAt),
    get statusQueries() {
      return statusQueries;
    },
    longestOverlapMs() {
      let longest = 0;
      for (const [i, a] of spans.entries()) {
        for (const b of spans.slice(i + 1)) {
          longest = Math.max(longest, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
        }
      }
      return longest;
    },
    async waitForJobs(count, timeoutMs = 5000) {
      const deadline = performance.now() + timeoutMs;
      while (printed().length < count) {
        if (performance.now() > deadline)
          throw new Error(`expected ${count} jobs, got ${printed().length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
