/**
 * Card PDF generation time and size, A4 layout with a photo (issue 4 targets: median
 * <= 50 ms, file <= 300 KB). Run alone with `npx tsx test/bench/card-pdf.bench.ts`;
 * the overall bench runner imports `benchCardPdf`.
 */
import { pathToFileURL } from 'node:url';
import { renderCardPdf } from '../../src-main/card/card-pdf.js';
import type { CardPrintData } from '../../src-shared/domain/card-print.js';
import { cardFontsDir, sampleCardData } from '../fixtures/card-print-sample.js';

const runs = 50;
const warmup = 5;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** A different seeker each run, so nothing seeker-specific is measured warm. */
function seeker(i: number): CardPrintData {
  const base = sampleCardData();
  return {
    ...base,
    name: `${base.name} ${String.fromCharCode(65 + (i % 26))}${i}`,
    registrationNumber: `51710508250${String(10000 + i).slice(-5)}`,
    address: `${base.address}, Gang ${i}`,
  };
}

export async function benchCardPdf(): Promise<string[]> {
  const options = { layout: 'a4-landscape', fontsDir: cardFontsDir } as const;
  const coldStart = performance.now();
  await renderCardPdf(seeker(999), options);
  const cold = performance.now() - coldStart;
  for (let i = 0; i < warmup; i++) await renderCardPdf(seeker(1000 + i), options);
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const data = seeker(i);
    const start = performance.now();
    const pdf = await renderCardPdf(data, options);
    times.push(performance.now() - start);
    size = pdf.byteLength;
  }
  const cr80 = await renderCardPdf(seeker(0), { layout: 'cr80', fontsDir: cardFontsDir });
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  const p95 = percentile(times, 95);
  const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
  const verdict = (ok: boolean): string => (ok ? 'OK' : 'OVER TARGET');
  return [
    `Kartu AK/I PDF (A4 lanskap, dengan foto), ${runs} pencaker berbeda setelah ${warmup} pemanasan:`,
    `  median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target median <= 50 ms: ${verdict(median <= 50)})`,
    `  kartu pertama sejak aplikasi dibuka (font diurai): ${cold.toFixed(1)} ms`,
    `  ukuran ${kb(size)} KB (target <= 300 KB: ${verdict(size <= 300 * 1024)}); CR80 dua sisi ${kb(cr80.byteLength)} KB`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchCardPdf()) console.log(line);
}
