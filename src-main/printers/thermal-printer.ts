import type { ThermalSettings, ThermalStatus } from '../../src-shared/ipc/channels/printer.js';
import {
  describeConnection,
  parseThermalConnection,
} from '../../src-shared/printing/thermal-connection.js';
import type { CommandRunner } from './command-runner.js';
import { sendViaLp } from './lp-raw.js';
import { openShare, sendViaWindowsShare, type OpenShare } from './windows-share.js';
import { notSent, type SendResult } from './send-result.js';
import { defaultTcpTimeouts, queryTcpStatus, sendTcp, type TcpTimeouts } from './tcp-printer.js';

export interface ThermalPrinterWorld {
  readonly run: CommandRunner;
  readonly now: () => Date;
  readonly timeouts?: Partial<TcpTimeouts>;
  /** Which operating system's queue a `printer:NAME` connection means. */
  readonly platform?: NodeJS.Platform;
  /** Opens a Windows printer share for writing (tests pass a fake). */
  readonly openShare?: OpenShare;
}

export interface ThermalDriver {
  status(settings: ThermalSettings): Promise<ThermalStatus>;
  send(settings: ThermalSettings, bytes: Uint8Array, title: string): Promise<SendResult>;
}

type Problem = 'paper-out' | 'cover-open' | 'offline' | 'unreachable';

/**
 * What the officer reads, per state: what happened and what to fix. How to print again is said
 * by whoever shows it (the job's own "Coba cetak lagi" button, the notice after a print).
 */
export function thermalMessage(state: ThermalStatus['state'], where: string): string {
  switch (state) {
    case 'ready':
      return 'Printer struk siap.';
    case 'paper-out':
      return 'Kertas printer struk habis. Pasang gulungan kertas baru.';
    case 'cover-open':
      return 'Penutup printer struk terbuka. Tutup rapat penutupnya.';
    case 'offline':
      return 'Printer struk sedang offline atau error. Periksa lampu indikator, matikan lalu nyalakan printer.';
    case 'unreachable':
      return `Printer struk tidak dapat dihubungi di ${where}. Periksa daya, kabel jaringan dan alamat IP di Pengaturan > Printer.`;
    case 'unknown':
      return 'Printer struk tidak melaporkan statusnya; pencetakan tetap dapat dicoba.';
    case 'disabled':
      return 'Printer struk dinonaktifkan di Pengaturan > Printer.';
  }
}

const problemCodes = {
  'paper-out': 'PRINTER_PAPER_OUT',
  'cover-open': 'PRINTER_COVER_OPEN',
  offline: 'PRINTER_OFFLINE',
  unreachable: 'PRINTER_UNREACHABLE',
} as const satisfies Record<Problem, string>;

export function createThermalDriver(world: ThermalPrinterWorld): ThermalDriver {
  const timeouts = { ...defaultTcpTimeouts, ...world.timeouts };
  const view = (
    state: ThermalStatus['state'],
    where: string,
    paperNearEnd = false,
  ): ThermalStatus => ({
    state,
    paperNearEnd,
    message: thermalMessage(state, where),
    checkedAt: world.now().toISOString(),
  });

  return {
    async status(settings) {
      const connection = parseThermalConnection(settings.connection);
      if (!settings.enabled || !connection) return view('disabled', '');
      // An OS queue gives no ESC/POS back-channel; CUPS reports its own problems.
      if (connection.kind === 'os') return view('unknown', describeConnection(connection));
      const status = await queryTcpStatus(connection, timeouts);
      return view(status.state, describeConnection(connection), status.paperNearEnd);
    },

    async send(settings, bytes, title) {
      const connection = parseThermalConnection(settings.connection);
      if (!settings.enabled || !connection) {
        return notSent('PRINTER_DISABLED', thermalMessage('disabled', ''));
      }
      const where = describeConnection(connection);
      if (connection.kind === 'os') {
        return (world.platform ?? process.platform) === 'win32'
          ? sendViaWindowsShare(
              world.openShare ?? openShare,
              connection.printerName,
              bytes,
              timeouts.finishMs,
            )
          : sendViaLp(world.run, connection.printerName, bytes, title, timeouts.finishMs);
      }
      return sendTcp(connection, bytes, timeouts, (state) =>
        notSent(problemCodes[state], thermalMessage(state, where)),
      );
    },
  };
}
