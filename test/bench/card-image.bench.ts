/**
 * "Gambar berukuran tepat": how long the print-card page takes to draw a card PDF as 300 dpi
 * images (window.loketPrintCard) in Chromium, and with Chromium's print-to-PDF standing in for
 * the driver's spooling. Needs the built renderer (`npm run build`). Run alone with
 * `npx tsx test/bench/card-image.bench.ts`; the bench runner imports `benchCardImage`.
 */
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumArgs } from '../../playwright.config.js';
import { renderCardPdf } from '../../src-main/card/card-pdf.js';
import type { CardLayout } from '../../src-shared/domain/card-print.js';
import { cardFontsDir, sampleCardData } from '../fixtures/card-print-sample.js';
import { openBrowserModeHost } from '../fixtures/browser-mode-host.js';
import { ms, percentile } from './stats.js';

const runs = 15;
const warmup = 3;

export async function benchCardImage(): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-card-image-'));
  const host = await openBrowserModeHost(dataDir, 'bench');
  const browser = await chromium.launch({
    executablePath: process.env.LOKET_CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${host.url}print-card.html`);
    const lines = [
      `Kartu dikirim sebagai gambar 300 dpi (print-card.html di Chromium), ${runs} kali:`,
    ];
    for (const layout of ['cr80', 'a4-landscape'] as const satisfies readonly CardLayout[]) {
      const pdf = await renderCardPdf(sampleCardData(), { layout, fontsDir: cardFontsDir });
      const base64 = Buffer.from(pdf).toString('base64');
      const draw = () => page.evaluate((b64) => window.loketPrintCard(b64), base64);
      const drawn: number[] = [];
      const withPrint: number[] = [];
      for (let i = 0; i < warmup + runs; i += 1) {
        const start = performance.now();
        const card = await draw();
        const afterDraw = performance.now();
        await page.pdf({
          width: `${card.widthMm}mm`,
          height: `${card.heightMm}mm`,
          margin: { top: '0', right: '0', bottom: '0', left: '0' },
        });
        if (i < warmup) continue;
        drawn.push(afterDraw - start);
        withPrint.push(performance.now() - start);
      }
      lines.push(
        `  ${layout}: digambar median ${ms(percentile(drawn, 50))}, p95 ${ms(percentile(drawn, 95))}; ` +
          `digambar + dicetak ke PDF median ${ms(percentile(withPrint, 50))}, p95 ${ms(percentile(withPrint, 95))}`,
      );
    }
    return lines;
  } finally {
    await browser.close();
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchCardImage()) console.log(line);
}
