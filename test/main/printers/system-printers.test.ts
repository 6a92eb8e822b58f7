import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../../src-main/printers/command-runner.js';
import { electronPrinterSource } from '../../../src-main/printers/system-printers.js';
import { installFakeLpstat } from '../../fakes/fake-lpstat.js';
import { runnerWithPath } from './card-print-support.js';
import { startPrinterHarness, type PrinterHarness } from './printer-harness.js';

let dir: string;
let h: PrinterHarness | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-lpstat-'));
});
afterEach(async () => {
  await h?.close();
  h = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('daftar printer terpasang (CUPS)', () => {
  it('semua antrean CUPS ditawarkan, printer bawaan lebih dulu', async () => {
    const bin = await installFakeLpstat(dir, ['HP_LaserJet', 'Evolis_Primacy', 'TM-T82'], 'TM-T82');
    h = await startPrinterHarness({ deps: { commandRunner: runnerWithPath(bin) } });
    const result = await h.call('printer:systemPrinters', {});
    expect(result.ok && result.value).toEqual({
      printers: [
        { name: 'TM-T82', label: 'TM-T82', isDefault: true },
        { name: 'Evolis_Primacy', label: 'Evolis_Primacy', isDefault: false },
        { name: 'HP_LaserJet', label: 'HP_LaserJet', isDefault: false },
      ],
    });
  });

  it('belum ada printer: daftar kosong dengan penjelasan', async () => {
    const bin = await installFakeLpstat(dir, []);
    h = await startPrinterHarness({ deps: { commandRunner: runnerWithPath(bin) } });
    const result = await h.call('printer:systemPrinters', {});
    expect(result.ok && result.value.printers).toEqual([]);
    expect(result.ok && result.value.problem).toContain('Belum ada printer');
  });

  it('tanpa CUPS: daftar kosong, nama printer tetap dapat diketik', async () => {
    const empty = join(dir, 'kosong');
    await mkdir(empty);
    h = await startPrinterHarness({
      deps: { commandRunner: createCommandRunner({ env: { PATH: empty } }) },
    });
    const result = await h.call('printer:systemPrinters', {});
    expect(result.ok && result.value.printers).toEqual([]);
    expect(result.ok && result.value.problem).toMatch(/CUPS.*tidak terpasang.*tetap dapat diketik/);
  });
});

describe('daftar printer terpasang (Electron)', () => {
  it('nama sistem untuk pengaturan, nama tampilan untuk petugas', async () => {
    const list = await electronPrinterSource(async () => [
      { name: 'EPSON_L3210', displayName: 'EPSON L3210 Series' },
      { name: 'Evolis', displayName: '' },
    ])();
    expect(list.printers).toEqual([
      { name: 'EPSON_L3210', label: 'EPSON L3210 Series', isDefault: false },
      { name: 'Evolis', label: 'Evolis', isDefault: false },
    ]);
  });

  it('Electron gagal membaca daftar: pesan, bukan galat', async () => {
    const list = await electronPrinterSource(async () => {
      throw new Error('print backend unavailable');
    })();
    expect(list).toEqual({
      printers: [],
      problem: 'Daftar printer tidak dapat dibaca: print backend unavailable.',
    });
  });
});
