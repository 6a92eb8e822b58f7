import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ketentuanAk1 } from '../../../src-main/card/card-pdf.js';
import { sampleCardData } from '../../fixtures/card-print-sample.js';
import { pdfFlatText, pdfImageCount, pdfInfo, pdfText, rasterise } from './poppler.js';
import { cardWorkDir, renderToFile, spacedDigits } from './render-to-file.js';

const work = cardWorkDir();
const data = sampleCardData({ sex: 'L', name: 'I Putu Gede Arya Wiguna' });
let file = '';

beforeAll(async () => {
  file = await renderToFile(work.dir, 'cr80', data, { layout: 'cr80' });
});
afterAll(() => work.dispose());

describe('kartu AK/I CR80 dua sisi', () => {
  it('has a front and a back page of 85.6 x 53.98 mm', () => {
    const info = pdfInfo(file);
    expect(info.pages).toBe(2);
    expect(info.width).toBeCloseTo(242.65, 1);
    expect(info.height).toBeCloseTo(153.01, 1);
  });

  it('front: header, numbers, photo, signature box, KETENTUAN and validity', () => {
    const front = pdfText(file, 1);
    const flat = pdfFlatText(file, 1);
    expect(flat).toContain('PEMERINTAH KOTA DENPASAR');
    expect(flat).toContain('KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA');
    expect(flat).toContain('Formulir AK/I');
    expect(front).toMatch(spacedDigits(data.registrationNumber));
    expect(front).toMatch(spacedDigits(data.nik));
    expect(flat).toContain('Tanda tangan pencari kerja');
    for (const rule of ketentuanAk1) expect(flat).toContain(rule);
    expect(flat).toContain('5 Agustus 2025');
    expect(flat).toContain('Berlaku s.d. 5 Agustus 2027');
    expect(flat).toContain('No. Karirhub/SIAPkerja: KH-2025-0081234');
    expect(pdfImageCount(file)).toBe(1);
  });

  it('back: biodata, highest education, LAPORAN, placement and Pengantar Kerja', () => {
    const back = pdfText(file, 2);
    const flat = pdfFlatText(file, 2);
    for (const value of [
      'I Putu Gede Arya Wiguna',
      'Denpasar, 5 Agustus 1999',
      'Belum kawin',
      'Hindu',
      'Jl. Tukad Badung XXIII No. 17',
      'Universitas Udayana',
      'Manajemen',
      'Politeknik Negeri Bali',
      'Barista tingkat dasar (BLK Denpasar)',
      'Front office, Hotel Bali Dynasty (2020-2022)',
      'Ni Made Wartini, S.E.',
      'NIP. 19790421 200604 2 013',
      'I Made Sudarsana',
    ]) {
      expect(flat).toContain(value);
    }
    for (const label of ['Pertama', 'Kedua', 'Ketiga', 'Diterima di', 'Terhitung tanggal']) {
      expect(back).toContain(label);
    }
    expect(back).toMatch(/✓\s*1\. Pria/);
    expect(back).not.toMatch(/✓\s*2\. Wanita/);
  });

  it('has no photo image when none was taken', async () => {
    const bare = await renderToFile(
      work.dir,
      'cr80-bare',
      sampleCardData({ photoJpeg: undefined }),
      {
        layout: 'cr80',
      },
    );
    expect(pdfImageCount(bare)).toBe(0);
    expect(pdfText(bare, 1)).toContain('Pas foto 3x4');
  });

  it('rasterises at card proportions', () => {
    const png = rasterise(file, join(work.dir, 'cr80-preview'), 60);
    expect(png.width / png.height).toBeCloseTo(85.6 / 53.98, 1);
  });
});
