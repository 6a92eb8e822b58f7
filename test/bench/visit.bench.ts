import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../playwright.config.js';
import { CounterPage } from '../e2e/pages/counter-page.js';
import { completeNewCardVisit } from '../e2e/pages/new-card-visit.js';
import { openBrowserModeHost } from '../fixtures/browser-mode-host.js';
import { ms, percentile, verdict } from './stats.js';

/**
 * Issue 4: the software time of a whole new-card visit (greeting to handover, photo, card PDF
 * and Buku Penyerahan included) in the real renderer against the real host. Fields are filled
 * instantly (no keystrokes), so what is measured is the app's own time plus Playwright's driving
 * overhead: an upper bound of the software time, excluding typing.
 */
export async function benchVisit(runs = 5): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'loket-bench-visit-'));
  const host = await openBrowserModeHost(dataDir, 'bench');
  const browser = await chromium.launch({
    executablePath: process.env.LOKET_CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Makassar' });
      const counter = new CounterPage(await context.newPage());
      await counter.open(host.url);
      const started = performance.now();
      await completeNewCardVisit(counter);
      times.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  const median = percentile(times, 50);
  return [
    `Kunjungan kartu baru lengkap (langkah 1-13, foto, PDF kartu, Buku Penyerahan), ${runs} kali:`,
    `  per kunjungan: ${times.map((t) => ms(t)).join(', ')}`,
    `  median ${ms(median)} ${verdict(median, 2000)}, maks ${ms(Math.max(...times))}`,
  ];
}
