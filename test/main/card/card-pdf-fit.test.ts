import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleCardData } from '../../fixtures/card-print-sample.js';
import { pdfInfo, pdfWords, rasterise } from './poppler.js';
import type { PdfWord } from './poppler.js';
import { cardWorkDir, renderToFile } from './render-to-file.js';

const work = cardWorkDir();
afterAll(() => work.dispose());

const longName = 'I Gusti Ngurah Bagus Made Putra Wirawan Adi Pramana Kusumaja';
const longAddress =
  'Perumahan Taman Griya Asri Blok C-17 No. 245, Jalan Raya Sesetan Gang Merpati Putih, Banjar Pegok, Kelurahan Sesetan, Kecamatan Denpasar Selatan, Kota Denpasar, Bali';

/** The words printed on the same line as `anchor` (a word that occurs once), left to right. */
function lineOf(words: readonly PdfWord[], anchor: string, page = 1): PdfWord[] {
  const at = words.find((w) => w.page === page && w.text === anchor);
  if (!at) throw new Error(`"${anchor}" is not on page ${page}`);
  return words
    .filter((w) => w.page === page && Math.abs(w.yMax - at.yMax) < 0.5)
    .sort((a, b) => a.xMin - b.xMin);
}

describe('teks panjang tetap di dalam kotaknya', () => {
  it('a 60-character name stays whole inside the data half of the A4 card', async () => {
    expect(longName).toHaveLength(60);
    const file = await renderToFile(
      work.dir,
      'long-a4',
      sampleCardData({ name: longName, address: longAddress }),
      {
        layout: 'a4-landscape',
      },
    );
    const words = pdfWords(file);
    const { width } = pdfInfo(file);
    const nameWords = lineOf(words, 'Ngurah').filter((w) => w.xMin > width / 2 + 100);
    expect(nameWords.map((w) => w.text).join(' ')).toBe(longName);
    for (const w of nameWords) {
      expect(w.xMin).toBeGreaterThanOrEqual(width / 2);
      expect(w.xMax).toBeLessThanOrEqual(width - 20);
    }
    expect(lineOf(words, 'Perumahan').length).toBeGreaterThan(3);
    // Nothing crosses the fold line or the outer margin of either half.
    for (const w of words) {
      const inRightHalf = w.xMin >= width / 2;
      expect(w.xMin).toBeGreaterThanOrEqual(inRightHalf ? width / 2 + 20 : 20);
      expect(w.xMax).toBeLessThanOrEqual(inRightHalf ? width - 20 : width / 2 - 20);
    }
  });

  it('a 60-character name and long address stay on the CR80 back', async () => {
    const file = await renderToFile(
      work.dir,
      'long-cr80',
      sampleCardData({ name: longName, address: longAddress }),
      {
        layout: 'cr80',
      },
    );
    const { width, height } = pdfInfo(file);
    const back = pdfWords(file).filter((w) => w.page === 2);
    expect(back.map((w) => w.text)).toEqual(expect.arrayContaining(longName.split(' ')));
    for (const w of back) {
      expect(w.xMin).toBeGreaterThanOrEqual(0);
      expect(w.xMax).toBeLessThanOrEqual(width);
      expect(w.yMax).toBeLessThanOrEqual(height);
    }
  });

  it('the QR code on the card reads back as the verification address', async () => {
    const data = sampleCardData();
    const file = await renderToFile(work.dir, 'qr', data, { layout: 'a4-landscape' });
    const prefix = join(work.dir, 'qr-scan');
    rasterise(file, prefix, 150);
    const out = execFileSync('zbarimg', ['--quiet', '--raw', `${prefix}.png`], {
      encoding: 'utf8',
    });
    expect(out.trim()).toBe(data.qrPayload);
  });
});
