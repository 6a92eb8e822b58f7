import { afterAll, describe, expect, it } from 'vitest';
import type { CalibrationMm, CardLayout } from '../../../src-shared/domain/card-print.js';
import { sampleCardData } from '../../fixtures/card-print-sample.js';
import { pdfWords } from './poppler.js';
import { cardWorkDir, renderToFile } from './render-to-file.js';

const work = cardWorkDir();
afterAll(() => work.dispose());

async function positionOf(layout: CardLayout, word: string, calibration: CalibrationMm) {
  const name = `${layout}-${calibration.dx}-${calibration.dy}`;
  const file = await renderToFile(work.dir, name, sampleCardData(), { layout, calibration });
  const found = pdfWords(file).find((w) => w.text === word);
  if (!found) throw new Error(`"${word}" not found in ${name}`);
  return found;
}

describe('kalibrasi printer (mm)', () => {
  it('dx = 5 mm moves the A4 print 14.17 pt to the right', async () => {
    const base = await positionOf('a4-landscape', 'KETENTUAN', { dx: 0, dy: 0 });
    const moved = await positionOf('a4-landscape', 'KETENTUAN', { dx: 5, dy: 0 });
    expect(moved.xMin - base.xMin).toBeCloseTo(14.17, 1);
    expect(moved.yMin - base.yMin).toBeCloseTo(0, 2);
  });

  it('dy = -2 mm moves the CR80 print 5.67 pt up', async () => {
    const base = await positionOf('cr80', 'KETENTUAN', { dx: 0, dy: 0 });
    const moved = await positionOf('cr80', 'KETENTUAN', { dx: 0, dy: -2 });
    expect(moved.yMin - base.yMin).toBeCloseTo(-5.67, 1);
    expect(moved.xMin - base.xMin).toBeCloseTo(0, 2);
  });
});
