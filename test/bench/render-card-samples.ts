/**
 * Renders the sample card in both layouts to PNG for the README and for eyeballing the
 * design: `npx tsx test/bench/render-card-samples.ts [outDir]` (default docs/screenshots).
 * The CR80 image shows the front and the back side by side.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument, grayscale } from 'pdf-lib';
import { renderCardPdf } from '../../src-main/card/card-pdf.js';
import { cardFontsDir, sampleCardData } from '../fixtures/card-print-sample.js';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
const work = mkdtempSync(join(tmpdir(), 'card-samples-'));

/** Both CR80 pages on one sheet, with a gap, so one picture shows the whole card. */
async function sideBySide(cardPdf: Uint8Array): Promise<Uint8Array> {
  const sheet = await PDFDocument.create();
  const [front, back] = await sheet.embedPdf(cardPdf, [0, 1]);
  if (!front || !back) throw new Error('CR80 card must have two pages');
  const gap = 12;
  const page = sheet.addPage([front.width + back.width + 3 * gap, front.height + 2 * gap]);
  for (const [i, side] of [front, back].entries()) {
    const x = gap + i * (front.width + gap);
    page.drawPage(side, { x, y: gap });
    const edge = { borderWidth: 0.3, borderColor: grayscale(0.55) };
    page.drawRectangle({ x, y: gap, width: side.width, height: side.height, ...edge });
  }
  return sheet.save();
}

function toPng(pdf: Uint8Array, name: string, dpi: number): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const prefix = join(outDir, name);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', file, prefix]);
  return `${prefix}.png`;
}

try {
  const data = sampleCardData();
  const a4 = await renderCardPdf(data, { layout: 'a4-landscape', fontsDir: cardFontsDir });
  console.log(toPng(a4, 'card-a4', 110));
  const cr80 = await renderCardPdf(data, { layout: 'cr80', fontsDir: cardFontsDir });
  console.log(toPng(await sideBySide(cr80), 'card-cr80', 200));
} finally {
  rmSync(work, { recursive: true, force: true });
}
