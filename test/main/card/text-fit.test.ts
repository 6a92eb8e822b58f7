import { describe, expect, it } from 'vitest';
import { fitText } from '../../../src-main/card/text-fit.js';

// Monospaced stand-in: every character is 0.5 em wide, so widths are easy to reason about.
const mono = (text: string): number => text.length * 0.5;
const widthAt = (line: string, size: number): number => mono(line) * size;

describe('fitText', () => {
  it('keeps the requested size when the text fits', () => {
    const fitted = fitText({ text: 'Hindu', width: 100, height: 12, size: 10, minSize: 6 }, mono);
    expect(fitted).toMatchObject({ size: 10, lines: ['Hindu'] });
  });

  it('shrinks a one-line box before anything is cut', () => {
    const text = 'Ni Luh Putu Ayu Maharani';
    const fitted = fitText({ text, width: 90, height: 12, size: 10, minSize: 6 }, mono);
    expect(fitted.lines).toEqual([text]);
    expect(fitted.size).toBeLessThan(10);
    expect(widthAt(text, fitted.size)).toBeLessThanOrEqual(90);
  });

  it('wraps on spaces when the box has room for more lines', () => {
    const text = 'Jl. Tukad Badung XXIII No. 17 Renon Denpasar Selatan';
    const fitted = fitText({ text, width: 150, height: 30, size: 10, minSize: 6 }, mono);
    expect(fitted.size).toBe(10);
    expect(fitted.lines.length).toBe(2);
    expect(fitted.lines.join(' ')).toBe(text);
    for (const line of fitted.lines) expect(widthAt(line, 10)).toBeLessThanOrEqual(150);
  });

  it('honours forced line breaks', () => {
    const fitted = fitText(
      { text: 'I Made\nNIP. 1985', width: 200, height: 30, size: 10, minSize: 6 },
      mono,
    );
    expect(fitted.lines).toEqual(['I Made', 'NIP. 1985']);
  });

  it('cuts with an ellipsis what cannot fit even at the smallest size', () => {
    const text = 'kata '.repeat(40).trim();
    const fitted = fitText({ text, width: 60, height: 10, size: 8, minSize: 6 }, mono);
    expect(fitted.size).toBe(6);
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.lines[0]?.endsWith('…')).toBe(true);
    expect(widthAt(fitted.lines[0] ?? '', 6)).toBeLessThanOrEqual(60);
  });

  it('breaks a single word longer than the box instead of overflowing', () => {
    const fitted = fitText(
      { text: 'X'.repeat(40), width: 50, height: 40, size: 8, minSize: 6 },
      mono,
    );
    for (const line of fitted.lines) expect(widthAt(line, fitted.size)).toBeLessThanOrEqual(50);
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(40);
  });
});
