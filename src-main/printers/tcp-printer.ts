import { connect, type Socket } from 'node:net';
import { decodeStatus, statusQueries, type DecodedStatus } from './escpos-status.js';
import { maybeSent, uncertainAdvice, type SendResult } from './send-result.js';

export interface TcpTarget {
  readonly host: string;
  readonly port: number;
}

export interface TcpTimeouts {
  /** Reaching the printer at all. */
  readonly connectMs: number;
  /** Waiting for the DLE EOT answers; printers that never answer just cost this much. */
  readonly statusMs: number;
  /** From the last byte written until the printer closes the connection. */
  readonly finishMs: number;
}

export const defaultTcpTimeouts: TcpTimeouts = { connectMs: 2000, statusMs: 600, finishMs: 8000 };

export type TcpStatus =
  DecodedStatus | { readonly state: 'unreachable'; readonly paperNearEnd: false };

function open(target: TcpTarget, timeoutMs: number): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host: target.host, port: target.port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(undefined);
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(undefined);
    });
  });
}

/** Sends the three status queries and collects up to three answer bytes. */
function readStatus(socket: Socket, timeoutMs: number): Promise<DecodedStatus> {
  return new Promise((resolve) => {
    let answer = Buffer.alloc(0);
    const done = (): void => {
      clearTimeout(timer);
      socket.off('data', onData);
      resolve(decodeStatus(answer));
    };
    const onData = (chunk: Buffer): void => {
      answer = Buffer.concat([answer, chunk]);
      if (answer.length >= 3) done();
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', onData);
    socket.write(statusQueries);
  });
}

export async function queryTcpStatus(target: TcpTarget, timeouts: TcpTimeouts): Promise<TcpStatus> {
  const socket = await open(target, timeouts.connectMs);
  if (!socket) return { state: 'unreachable', paperNearEnd: false };
  socket.on('error', () => undefined);
  const status = await readStatus(socket, timeouts.statusMs);
  socket.destroy();
  return status;
}

/**
 * One job on one connection: status first (refuse to send into a printer that says it cannot
 * print), then the bytes, then a half-close and wait for the printer to close its side. From
 * the first job byte on, any failure is 'maybe sent'.
 */
export async function sendTcp(
  target: TcpTarget,
  bytes: Uint8Array,
  timeouts: TcpTimeouts,
  describeFailure: (state: Exclude<TcpStatus['state'], 'ready' | 'unknown'>) => SendResult,
): Promise<SendResult> {
  const socket = await open(target, timeouts.connectMs);
  if (!socket) return describeFailure('unreachable');
  socket.on('error', () => undefined);
  const status = await readStatus(socket, timeouts.statusMs);
  if (status.state !== 'ready' && status.state !== 'unknown') {
    socket.destroy();
    return describeFailure(status.state);
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: SendResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish(
          maybeSent(
            `Data sudah terkirim ke printer struk, tetapi printer tidak memberi konfirmasi dalam ${Math.round(timeouts.finishMs / 1000)} detik. ${uncertainAdvice}`,
          ),
        ),
      timeouts.finishMs,
    );
    socket.once('error', (error) =>
      finish(
        maybeSent(
          `Sambungan ke printer struk terputus saat mengirim (${error.message}). ${uncertainAdvice}`,
        ),
      ),
    );
    socket.once('close', (hadError) => {
      if (!hadError) finish({ ok: true });
    });
    socket.on('data', () => undefined);
    socket.end(bytes);
  });
}
