import type { SystemPrinter, SystemPrinters } from '../../src-shared/ipc/channels/printer.js';
import type { CommandRunner } from './command-runner.js';

/** Lists the printers installed in the operating system. */
export type SystemPrinterSource = () => Promise<SystemPrinters>;

const byDefaultThenName = (a: SystemPrinter, b: SystemPrinter) =>
  Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name);

/**
 * CUPS: `lpstat -e` names every destination, `lpstat -d` the default one. Without CUPS the
 * list is empty and says so; the name can still be typed.
 */
export function cupsPrinterSource(run: CommandRunner): SystemPrinterSource {
  return async () => {
    const [names, fallback] = await Promise.all([
      run('lpstat', ['-e'], { timeoutMs: 5000 }),
      run('lpstat', ['-d'], { timeoutMs: 5000 }),
    ]);
    if (names.kind === 'not-found') {
      return {
        printers: [],
        problem:
          'Daftar printer tidak dapat dibaca: CUPS (lpstat) tidak terpasang di komputer ini. Nama printer tetap dapat diketik.',
      };
    }
    if (names.kind !== 'exited' || names.code !== 0) {
      const why = names.kind === 'exited' ? names.stderr.trim() : names.kind;
      return {
        printers: [],
        problem: `Daftar printer tidak dapat dibaca dari CUPS (${why || 'tanpa keterangan'}). Periksa layanan CUPS; nama printer tetap dapat diketik.`,
      };
    }
    const defaultName =
      fallback.kind === 'exited' ? /destination:\s*(\S+)/.exec(fallback.stdout)?.[1] : undefined;
    const printers = names.stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((name) => ({ name, label: name, isDefault: name === defaultName }))
      .sort(byDefaultThenName);
    return printers.length > 0
      ? { printers }
      : { printers, problem: 'Belum ada printer yang terpasang di sistem operasi.' };
  };
}

/** The part of Electron's PrinterInfo used here. */
export interface ElectronPrinterInfo {
  readonly name: string;
  readonly displayName: string;
}

/** Electron: what Chromium's print system sees, the same list as its print dialog. */
export function electronPrinterSource(
  getPrinters: () => Promise<readonly ElectronPrinterInfo[]>,
): SystemPrinterSource {
  return async () => {
    try {
      const printers = (await getPrinters())
        .map((p) => ({
          name: p.name,
          label: p.displayName || p.name,
          // Electron does not say which printer is the default.
          isDefault: false,
        }))
        .sort(byDefaultThenName);
      return printers.length > 0
        ? { printers }
        : { printers, problem: 'Belum ada printer yang terpasang di sistem operasi.' };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { printers: [], problem: `Daftar printer tidak dapat dibaca: ${reason}.` };
    }
  };
}
