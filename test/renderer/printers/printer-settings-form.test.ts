import { describe, expect, it } from 'vitest';
import type { PrinterSettings } from '../../../src-shared/ipc/channels/printer.js';
import { printerSettingsSchema } from '../../../src-shared/ipc/channels/printer.js';
import {
  formOf,
  settingsOf,
  type PrinterSettingsForm,
} from '../../../src-renderer/features/printers/printer-settings-form.js';
import { translator } from '../../../src-renderer/i18n/i18n.js';

const t = translator('id');
const saved: PrinterSettings = {
  thermal: { enabled: true, connection: 'tcp://192.168.1.50:9100', paperWidth: 58 },
  card: {
    printerName: 'Evolis',
    layout: 'cr80',
    calibration: { dx: 1.5, dy: -0.5 },
    sendAs: 'image',
  },
};
const form = formOf(saved);

function errorsOf(changes: Partial<PrinterSettingsForm>) {
  const checked = settingsOf({ ...form, ...changes }, t);
  return checked.ok ? [] : checked.errors.map((e) => `${e.field ?? ''}: ${e.message}`);
}

describe('printer settings form', () => {
  it('shows saved millimetres with a decimal comma and gives the same settings back', () => {
    expect(form.dx).toBe('1,5');
    expect(form.dy).toBe('-0,5');
    expect(settingsOf(form, t)).toEqual({ ok: true, value: saved });
  });

  it('accepts a bare IP address and port, an OS queue, and empty offsets as zero', () => {
    const checked = settingsOf(
      { ...form, thermalAddress: ' 10.0.0.7:9101 ', dx: '', dy: '2.25' },
      t,
    );
    expect(checked.ok && checked.value.thermal.connection).toBe('tcp://10.0.0.7:9101');
    expect(checked.ok && checked.value.card.calibration).toEqual({ dx: 0, dy: 2.25 });

    const usb = settingsOf({ ...form, thermalVia: 'os', thermalQueue: 'TM-T82' }, t);
    expect(usb.ok && usb.value.thermal.connection).toBe('printer:TM-T82');
    expect(usb.ok && printerSettingsSchema.safeParse(usb.value).success).toBe(true);
  });

  it('names each wrong field and says how to fix it, all at once', () => {
    expect(errorsOf({ thermalAddress: 'tcp://printer:99999', dx: '1,2,3', dy: '25' })).toEqual([
      expect.stringMatching(/^thermalAddress: Alamat printer struk tidak dikenali: tulis tcp:\/\//),
      'dx: Geser dx harus angka milimeter, mis. 1,5 atau -0,5.',
      'dy: Geser dy paling jauh 20 mm (antara -20 dan 20).',
    ]);
    expect(errorsOf({ thermalAddress: '  ' })).toEqual([
      'thermalAddress: Alamat printer struk wajib diisi, mis. tcp://192.168.1.50:9100.',
    ]);
    expect(errorsOf({ thermalVia: 'os', thermalQueue: 'TM T82' })).toEqual([
      expect.stringMatching(/^thermalQueue: Nama antrean printer struk hanya boleh/),
    ]);
    expect(errorsOf({ thermalVia: 'os', thermalQueue: '' })).toEqual([
      expect.stringMatching(/^thermalQueue: Nama antrean printer struk wajib diisi/),
    ]);
    expect(errorsOf({ cardPrinterName: 'x'.repeat(128) })).toEqual([
      'cardPrinterName: Nama printer kartu terlalu panjang (paling banyak 127 karakter).',
    ]);
  });

  it('checks only the connection in use: a stale network address does not block a USB queue', () => {
    expect(
      errorsOf({ thermalVia: 'os', thermalQueue: 'XP-58', thermalAddress: 'rubbish' }),
    ).toEqual([]);
  });

  it('every setting it lets through is accepted by the main process schema', () => {
    for (const changes of [
      { dx: '-20', dy: '20' },
      { thermalAddress: 'printer.local' },
      { cardPrinterName: '', cardLayout: 'a4-landscape' as const, paperWidth: '80' as const },
    ]) {
      const checked = settingsOf({ ...form, ...changes }, t);
      expect(checked.ok).toBe(true);
      if (checked.ok) expect(printerSettingsSchema.safeParse(checked.value).success).toBe(true);
    }
  });
});
