import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../platform/atomic-file.js';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import {
  printerSettingsSchema,
  type PrinterErrorCode,
  type PrinterSettings,
} from '../../src-shared/ipc/channels/printer.js';

/**
 * Off until the office sets it up, so a fresh install never sends bytes to a stranger's
 * device; 192.168.192.168 is the factory address of Epson network printers.
 */
export const defaultPrinterSettings: PrinterSettings = {
  thermal: { enabled: false, connection: 'tcp://192.168.192.168:9100', paperWidth: 80 },
  card: {
    printerName: '',
    layout: 'a4-landscape',
    calibration: { dx: 0, dy: 0 },
    sendAs: 'pdf',
  },
};

export interface PrinterSettingsStore {
  load(): Promise<PrinterSettings>;
  save(settings: PrinterSettings): Promise<Outcome<PrinterSettings, PrinterErrorCode>>;
}

/** `printers.json` in the data folder; a missing or damaged file reads as the defaults. */
export function createPrinterSettingsStore(world: {
  readonly dataDir: string;
}): PrinterSettingsStore {
  const file = join(world.dataDir, 'printers.json');
  return {
    async load() {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) return defaultPrinterSettings;
      try {
        const parsed = printerSettingsSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : defaultPrinterSettings;
      } catch {
        return defaultPrinterSettings;
      }
    },

    async save(settings) {
      try {
        await writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`);
        return ok(settings);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return fail(
          'PRINTER_SETTINGS_WRITE_FAILED',
          `Pengaturan printer tidak dapat disimpan: ${reason}.`,
        );
      }
    },
  };
}
