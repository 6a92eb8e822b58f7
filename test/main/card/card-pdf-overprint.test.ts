import { afterAll, describe, expect, it } from 'vitest';
import type { CardLayout } from '../../../src-shared/domain/card-print.js';
import { sampleCardData } from '../../fixtures/card-print-sample.js';
import { pdfImageCount, pdfInfo, pdfWords } from './poppler.js';
import { cardWorkDir, renderToFile } from './render-to-file.js';

const work = cardWorkDir();
afterAll(() => work.dispose());

// The second six-monthly report was just made: row index 1 ("Kedua").
const reported = sampleCardData({
  reports: [
    { date: '2026-02-06', officerName: 'I Made Sudarsana', officerNip: '198503122010011004' },
    { date: '2026-08-07', officerName: 'Ni Nyoman Sriasih', officerNip: '198003152006042011' },
    {},
  ],
});

async function both(layout: CardLayout) {
  const full = await renderToFile(work.dir, `full-${layout}`, reported, { layout });
  const row = await renderToFile(work.dir, `row-${layout}`, reported, {
    layout,
    overprintReportRow: 1,
  });
  return { full, row };
}

describe('printing one LAPORAN row onto the existing card', () => {
  it.each(['a4-landscape', 'cr80'] as const)(
    '%s: only the new row is printed, at exactly its place on the card',
    async (layout) => {
      const { full, row } = await both(layout);
      const words = pdfWords(row);
      expect(words.map((w) => w.text).join(' ')).toBe(
        '07-08-2026 Ni Nyoman Sriasih NIP. 19800315 200604 2 011',
      );
      for (const word of words) {
        const page = layout === 'cr80' ? 2 : 1;
        const same = pdfWords(full).find(
          (w) => w.page === page && w.text === word.text && Math.abs(w.yMin - word.yMin) < 0.01,
        );
        expect(same, `"${word.text}" at the same place as on the full card`).toBeDefined();
        expect(word.xMin).toBeCloseTo(same?.xMin ?? Number.NaN, 2);
      }
      expect(pdfImageCount(row)).toBe(0);
      const info = pdfInfo(row);
      expect(info.pages).toBe(1);
    },
  );

  it('shifts with the printer calibration like the card itself', async () => {
    const base = await renderToFile(work.dir, 'row-0', reported, {
      layout: 'a4-landscape',
      overprintReportRow: 1,
    });
    const moved = await renderToFile(work.dir, 'row-5', reported, {
      layout: 'a4-landscape',
      overprintReportRow: 1,
      calibration: { dx: 5, dy: 0 },
    });
    const x = (file: string) =>
      pdfWords(file).find((w) => w.text === '07-08-2026')?.xMin ?? Number.NaN;
    expect(x(moved) - x(base)).toBeCloseTo(14.17, 1);
  });
});
