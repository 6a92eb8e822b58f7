import { execFileSync } from 'node:child_process';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { CardLayout } from '../../../src-shared/domain/card-print.js';
import {
  createCommandRunner,
  type CommandRunner,
} from '../../../src-main/printers/command-runner.js';

export const mmToPt = 72 / 25.4;
export const sizes: Record<CardLayout, [number, number]> = {
  'a4-landscape': [297, 210],
  cr80: [85.6, 53.98],
};

/** What pdfinfo reports for the first page, in millimetres. */
export function pdfinfoSizeMm(file: string): [number, number] {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  if (!m) throw new Error(`pdfinfo: ${out}`);
  return [Number(m[1]) / mmToPt, Number(m[2]) / mmToPt];
}

/** Top-left corner (mm) of the word MARK as poppler lays it out. */
export function markPositionMm(file: string): [number, number] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const m = /xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>MARK</.exec(html);
  if (!m) throw new Error('MARK not found');
  return [Number(m[1]) / mmToPt, Number(m[2]) / mmToPt];
}

/** A stand-in card PDF of the layout's size with a word at 10 mm / 10 mm from the top-left. */
export async function cardPdf(layout: CardLayout, pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const [w, h] = sizes[layout];
  for (let i = 0; i < pages; i += 1) {
    const page = doc.addPage([w * mmToPt, h * mmToPt]);
    page.drawText('MARK', { x: 10 * mmToPt, y: (h - 10) * mmToPt - 8, size: 8, font });
  }
  return doc.save();
}

/** Real programs, with `binDir` (a fake lp) first on PATH. */
export function runnerWithPath(binDir: string): CommandRunner {
  return createCommandRunner({
    env: { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ''}` },
  });
}
