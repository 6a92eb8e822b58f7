import { describe, expect, it } from 'vitest';
import {
  commonPageSize,
  cssMm,
  isUsableDpi,
  pointsToMm,
  pointsToPixels,
} from '../../../src-renderer/print-card/print-layout.js';

// The card PDF's page sizes as pdf-lib writes them (src-main/card: mm x 72 / 25.4).
const pt = (mm: number): number => (mm * 72) / 25.4;

describe('ukuran gambar kartu', () => {
  it('gives back the card size in millimetres from the PDF page size in points', () => {
    expect(pointsToMm(pt(85.6))).toBeCloseTo(85.6, 9);
    expect(pointsToMm(pt(53.98))).toBeCloseTo(53.98, 9);
    expect(pointsToMm(841.89)).toBeCloseTo(297, 2);
  });

  it('draws a CR80 card at 300 dpi as 1011 x 638 px and an A4 sheet as 3508 x 2480 px', () => {
    expect([pointsToPixels(pt(85.6), 300), pointsToPixels(pt(53.98), 300)]).toEqual([1011, 638]);
    expect([pointsToPixels(pt(297), 300), pointsToPixels(pt(210), 300)]).toEqual([3508, 2480]);
    expect(pointsToPixels(pt(85.6), 600)).toBe(2022);
  });

  it('writes CSS millimetres without float noise', () => {
    expect(cssMm(pointsToMm(pt(85.6)))).toBe('85.6mm');
    expect(cssMm(53.98)).toBe('53.98mm');
    expect(cssMm(210.00155)).toBe('210.002mm');
  });

  it('accepts 72-1200 dpi only', () => {
    expect([72, 300, 1200].map(isUsableDpi)).toEqual([true, true, true]);
    expect([0, 71, 1201, Number.NaN, Number.POSITIVE_INFINITY].map(isUsableDpi)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('finds the one paper size of a card, and none when pages differ', () => {
    const front = { widthMm: 85.6, heightMm: 53.98 };
    const back = { widthMm: 85.6 + 0.05, heightMm: 53.98 };
    expect(commonPageSize([front, back])).toEqual(front);
    expect(commonPageSize([front, { widthMm: 53.98, heightMm: 85.6 }])).toBeUndefined();
    expect(commonPageSize([front, { widthMm: 297, heightMm: 210 }])).toBeUndefined();
    expect(commonPageSize([])).toBeUndefined();
  });
});
