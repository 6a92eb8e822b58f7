import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printerChannels, type PrinterSettings } from '../../../src-shared/ipc/channels/printer.js';
import { printerHandlers } from '../../../src-main/printers/printer-handlers.js';
import { defaultPrinterSettings } from '../../../src-main/printers/printer-settings.js';
import { fixedNow } from './printer-harness.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'loket-settings-'));
});
afterEach(async () => rm(dataDir, { recursive: true, force: true }));

const open = () =>
  printerHandlers({ dataDir, now: fixedNow, archive: { pathOf: async () => undefined } });

const chosen: PrinterSettings = {
  thermal: { enabled: true, connection: 'tcp://192.168.1.50:9100', paperWidth: 58 },
  card: {
    printerName: 'Evolis_Primacy',
    layout: 'cr80',
    calibration: { dx: 1.5, dy: -0.75 },
    sendAs: 'image',
  },
};

describe('pengaturan printer', () => {
  it('instalasi baru: printer struk mati, kartu disimpan sebagai PDF, tanpa offset', async () => {
    const result = await open()['printer:settings:get']({});
    expect(result.ok && result.value).toEqual(defaultPrinterSettings);
    expect(defaultPrinterSettings.thermal.enabled).toBe(false);
    expect(defaultPrinterSettings.card.printerName).toBe('');
  });

  it('tersimpan di folder data dan terbaca lagi setelah aplikasi dimulai ulang', async () => {
    const saved = await open()['printer:settings:set'](chosen);
    expect(saved.ok).toBe(true);
    const file = JSON.parse(await readFile(join(dataDir, 'printers.json'), 'utf8')) as unknown;
    expect(file).toEqual(chosen);
    const reopened = await open()['printer:settings:get']({});
    expect(reopened.ok && reopened.value).toEqual(chosen);
  });

  it('berkas rusak dibaca sebagai bawaan, tidak membuat aplikasi gagal', async () => {
    await writeFile(join(dataDir, 'printers.json'), '{"thermal": {"enabled": tru');
    const result = await open()['printer:settings:get']({});
    expect(result.ok && result.value).toEqual(defaultPrinterSettings);
  });

  it('folder data tidak dapat ditulis: gagal dengan pesan, bukan pengecualian', async () => {
    const blocked = join(dataDir, 'berkas-bukan-folder');
    await writeFile(blocked, 'x');
    const handlers = printerHandlers({
      dataDir: blocked,
      now: fixedNow,
      archive: { pathOf: async () => undefined },
    });
    const result = await handlers['printer:settings:set'](chosen);
    expect(!result.ok && result.error.code).toBe('PRINTER_SETTINGS_WRITE_FAILED');
  });

  it.each([
    ['alamat printer tanpa skema', { connection: '192.168.1.50' }, 'connection'],
    ['port di luar rentang', { connection: 'tcp://192.168.1.50:70000' }, 'connection'],
    ['lebar kertas 57 mm', { paperWidth: 57 }, 'paperWidth'],
  ])('ditolak: %s', (_why, thermal, field) => {
    const parsed = printerChannels['printer:settings:set'].safeParse({
      ...chosen,
      thermal: { ...chosen.thermal, ...thermal },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['thermal', field]);
    if (field === 'connection')
      expect(parsed.error?.issues[0]?.message).toContain('tcp://ALAMAT-IP:9100');
  });

  it('offset kalibrasi lebih dari 20 mm ditolak dengan batasnya', () => {
    const parsed = printerChannels['printer:settings:set'].safeParse({
      ...chosen,
      card: { ...chosen.card, calibration: { dx: 25, dy: 0 } },
    });
    expect(parsed.error?.issues[0]?.message).toBe('Geser paling jauh 20 mm');
  });

  it('antrean sistem operasi diterima sebagai printer:NAMA', () => {
    const parsed = printerChannels['printer:settings:set'].safeParse({
      ...chosen,
      thermal: { ...chosen.thermal, connection: 'printer:TM-T82_USB' },
    });
    expect(parsed.success).toBe(true);
  });
});
