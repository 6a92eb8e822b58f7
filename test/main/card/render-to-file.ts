import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCardPdf } from '../../../src-main/card/card-pdf.js';
import type { CardPdfOptions } from '../../../src-main/card/card-pdf.js';
import type { CardPrintData } from '../../../src-shared/domain/card-print.js';
import { cardFontsDir } from '../../fixtures/card-print-sample.js';

/** A temp folder the card tests write PDFs into; `dispose` removes it. */
export function cardWorkDir(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'card-pdf-test-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function renderToFile(
  dir: string,
  name: string,
  data: CardPrintData,
  options: Omit<CardPdfOptions, 'fontsDir'>,
): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderCardPdf(data, { ...options, fontsDir: cardFontsDir }));
  return file;
}

/** Digits as they come out of one-box-per-digit rows: any spacing between them. */
export function spacedDigits(digits: string): RegExp {
  return new RegExp(digits.split('').join('\\s*'));
}
