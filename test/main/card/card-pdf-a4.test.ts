import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ketentuanAk1, renderCardPdf } from '../../../src-main/card/card-pdf.js';
import { cardFontsDir, sampleCardData } from '../../fixtures/card-print-sample.js';
import { pdfFlatText, pdfImageCount, pdfInfo, pdfText, rasterise } from './poppler.js';
import { cardWorkDir, renderToFile, spacedDigits } from './render-to-file.js';

const work = cardWorkDir();
const data = sampleCardData();
let file = '';
let text = '';
let flat = '';

beforeAll(async () => {
  file = await renderToFile(work.dir, 'a4', data, { layout: 'a4-landscape' });
  text = pdfText(file);
  flat = pdfFlatText(file);
});
afterAll(() => work.dispose());

describe('kartu AK/I A4 lanskap', () => {
  it('is one A4 landscape page', () => {
    const info = pdfInfo(file);
    expect(info.pages).toBe(1);
    expect(info.width).toBeCloseTo(841.89, 1);
    expect(info.height).toBeCloseTo(595.28, 1);
  });

  it('prints the office header and the form title', () => {
    for (const line of [
      'PEMERINTAH KOTA DENPASAR',
      'DINAS TENAGA KERJA DAN SERTIFIKASI KOMPETENSI',
      'KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA',
      'Formulir AK/I',
      data.office.address,
    ]) {
      expect(flat).toContain(line);
    }
  });

  it('prints the registration number and NIK in digit boxes and in plain text', () => {
    expect(text).toMatch(spacedDigits(data.nik));
    expect(text).toMatch(spacedDigits(data.registrationNumber));
    expect(text).toContain(`No. Pendaftaran ${data.registrationNumber}`);
    expect(text).toContain('KH-2025-0081234');
  });

  it('prints the biodata half with Indonesian dates', () => {
    for (const value of [
      data.name,
      'Denpasar, 5 Agustus 1999',
      'Belum kawin',
      'Hindu',
      'Jl. Tukad Badung XXIII No. 17',
      'Tanggal penerbitan',
      '5 Agustus 2025',
      'Berlaku s.d.',
      '5 Agustus 2027',
    ]) {
      expect(flat).toContain(value);
    }
  });

  it('ticks Wanita for a woman and leaves Pria unticked', () => {
    expect(text).toMatch(/✓\s*2\. Wanita/);
    expect(text).not.toMatch(/✓\s*1\. Pria/);
  });

  it('fills the education rows from the seeker and keeps the empty paper rows', () => {
    for (const e of data.education) {
      expect(flat).toContain(e.institution);
      expect(flat).toContain(e.yearOut);
      if (e.major !== '') expect(flat).toContain(e.major);
    }
    expect(text).toMatch(/D-III\s+Politeknik Negeri Bali\s+Perhotelan\s+2020/);
    expect(text).toContain('Akta I-IV');
  });

  it('prints trainings and work experience', () => {
    expect(flat).toContain('Barista tingkat dasar (BLK Denpasar)');
    expect(flat).toContain('Bahasa Inggris pariwisata');
    expect(flat).toContain('Front office, Hotel Bali Dynasty (2020-2022)');
    expect(flat).toContain('Kasir, Koperasi Sari Dana (2023-2024)');
  });

  it('prints every KETENTUAN rule', () => {
    expect(ketentuanAk1.length).toBeGreaterThanOrEqual(4);
    expect(flat).toContain('KETENTUAN');
    for (const rule of ketentuanAk1) expect(flat).toContain(rule);
  });

  it('prints the LAPORAN table with the report already made', () => {
    for (const label of ['LAPORAN', 'Pertama', 'Kedua', 'Ketiga', 'Tanggal', 'Tanda tangan']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('06-02-2026');
    expect(text).toContain('I Made Sudarsana');
    expect(text).toContain('NIP. 19850312 201001 1 004');
  });

  it('signs off with the Pengantar Kerja name and NIP', () => {
    expect(text).toContain('Pengantar Kerja,');
    expect(text).toContain('Ni Made Wartini, S.E.');
    expect(text).toContain('NIP. 19790421 200604 2 013');
  });

  it('leaves the placement boxes empty until the seeker is placed', async () => {
    expect(text).toContain('Diterima di');
    expect(text).toContain('Terhitung tanggal');
    const placed = sampleCardData({
      placement: { employer: 'PT Bali Tourism Development', since: '2026-03-02' },
    });
    const placedFile = await renderToFile(work.dir, 'placed', placed, { layout: 'a4-landscape' });
    const placedText = pdfFlatText(placedFile);
    expect(placedText).toContain('PT Bali Tourism Development');
    expect(placedText).toContain('2 Maret 2026');
    expect(flat).not.toContain('PT Bali Tourism Development');
  });

  it('adds a row per report beyond the three printed ones', async () => {
    const reports = [{}, {}, {}, { date: '2027-02-01', officerName: 'Ketut Arsana' }];
    const moreFile = await renderToFile(work.dir, 'reports', sampleCardData({ reports }), {
      layout: 'a4-landscape',
    });
    const more = pdfText(moreFile);
    expect(more).toContain('Keempat');
    expect(more).toContain('Ketut Arsana');
    expect(text).not.toContain('Keempat');
  });

  it('embeds the photo when given and shows where to glue one when not', async () => {
    expect(pdfImageCount(file)).toBe(1);
    expect(text).not.toContain('Pas foto 3x4');
    const bare = sampleCardData({ photoJpeg: undefined });
    const bareFile = await renderToFile(work.dir, 'no-photo', bare, { layout: 'a4-landscape' });
    expect(pdfImageCount(bareFile)).toBe(0);
    expect(pdfText(bareFile)).toContain('Pas foto 3x4');
  });

  it('refuses a photo that is not a JPEG', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expect(
      renderCardPdf(sampleCardData({ photoJpeg: png }), {
        layout: 'a4-landscape',
        fontsDir: cardFontsDir,
      }),
    ).rejects.toThrow(/JPEG/);
  });

  it('rasterises to an image of landscape proportions', () => {
    const png = rasterise(file, join(work.dir, 'a4-preview'), 60);
    expect(png.width).toBeGreaterThan(690);
    expect(png.width).toBeLessThan(710);
    expect(png.height).toBeGreaterThan(490);
    expect(png.height).toBeLessThan(500);
  });
});
