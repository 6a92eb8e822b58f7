import type { Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCardPdf } from '../../src-main/card/card-pdf.js';
import { ElectronCardPrinter } from '../../src-main/printers/electron-card-printer.js';
import {
  webContentsPdfPrinter,
  type PrintableWindow,
} from '../../src-main/printers/webcontents-pdf-printer.js';
import type { CardLayout } from '../../src-shared/domain/card-print.js';
import { cardFontsDir, sampleCardData } from '../fixtures/card-print-sample.js';
import { expect, test, type RunningApp } from './fixtures.js';
import { checkPdf, inkBox, listImages } from './helpers/pdf-check.js';

/**
 * print-card.html, the page Electron prints a card from as images when the card printer's driver
 * ignores the paper size. Chromium's own print path (page.pdf) stands in for the driver, and
 * poppler measures what would come out of the printer.
 */
const cards = {
  cr80: { pages: 2, widthMm: 85.6, heightMm: 53.98 },
  'a4-landscape': { pages: 1, widthMm: 297, heightMm: 210 },
} as const;
const noMargin = { top: '0', right: '0', bottom: '0', left: '0' };
const ptToMm = (pt: number): number => (pt * 25.4) / 72;
// At 50 dpi one pixel is 0.51 mm: ink boxes compare within that and a little more.
const inkDpi = 50;
const inkToleranceMm = 0.6;

let dir = '';
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-cetak-gambar-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The real card PDF, as base64 for the page and as a file to compare the print against. */
async function cardPdf(layout: CardLayout): Promise<{ base64: string; file: string }> {
  const bytes = await renderCardPdf(sampleCardData(), { layout, fontsDir: cardFontsDir });
  const file = join(dir, `kartu-${layout}.pdf`);
  await writeFile(file, bytes);
  return { base64: Buffer.from(bytes).toString('base64'), file };
}

async function openPrintPage(page: Page, app: RunningApp): Promise<void> {
  await page.goto(`${app.url}/print-card.html`);
  await expect(page).toHaveTitle('Cetak kartu AK/I');
}

function drawCard(page: Page, base64: string) {
  return page.evaluate(([pdf]) => window.loketPrintCard(pdf ?? ''), [base64]);
}

/** One image per page, placed at ~300 ppi, whose physical size is the card's within 0.3 mm. */
async function expectCardImages(file: string, card: (typeof cards)[CardLayout]): Promise<void> {
  const images = (await listImages(file)).filter((image) => image.type === 'image');
  expect(images.map((image) => image.page)).toEqual(
    Array.from({ length: card.pages }, (_, i) => i + 1),
  );
  for (const image of images) {
    expect(Math.abs(image.xPpi - 300)).toBeLessThanOrEqual(1);
    expect(Math.abs(image.yPpi - 300)).toBeLessThanOrEqual(1);
    expect(Math.abs((image.widthPx / image.xPpi) * 25.4 - card.widthMm)).toBeLessThan(0.3);
    expect(Math.abs((image.heightPx / image.yPpi) * 25.4 - card.heightMm)).toBeLessThan(0.3);
  }
}

/** Every printed page carries its card page's ink at the same place: top-left, not scaled. */
async function expectInkAsOnCard(printed: string, source: string, pages: number): Promise<void> {
  for (let n = 1; n <= pages; n += 1) {
    const [got, want] = await Promise.all([inkBox(printed, n, inkDpi), inkBox(source, n, inkDpi)]);
    expect(want).toBeDefined();
    for (const side of ['leftMm', 'topMm', 'rightMm', 'bottomMm'] as const) {
      expect(Math.abs((got?.[side] ?? Infinity) - (want?.[side] ?? 0))).toBeLessThan(
        inkToleranceMm,
      );
    }
  }
}

for (const layout of ['cr80', 'a4-landscape'] as const) {
  const card = cards[layout];
  test(`kartu ${layout} dicetak sebagai gambar 300 dpi seukuran kartu di printer yang memakai ukuran kertas kartu`, async ({
    page,
    app,
  }) => {
    const pdf = await cardPdf(layout);
    await openPrintPage(page, app);
    const drawn = await drawCard(page, pdf.base64);
    expect(drawn.pages).toBe(card.pages);
    expect(drawn.widthMm).toBeCloseTo(card.widthMm, 2);
    expect(drawn.heightMm).toBeCloseTo(card.heightMm, 2);
    expect(drawn.dpi).toBe(300);
    await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');

    // What Electron asks for: the card's own paper size (webContents.print pageSize), no margin.
    const printed = join(dir, 'cetak.pdf');
    await page.pdf({
      path: printed,
      width: `${card.widthMm}mm`,
      height: `${card.heightMm}mm`,
      margin: noMargin,
      printBackground: true,
    });
    const info = await checkPdf(printed);
    expect(info.pages).toBe(card.pages);
    // Chromium's PDF backend rounds the paper to ~1 pt steps: within 0.5 mm of the card.
    expect(Math.abs(ptToMm(info.widthPt) - card.widthMm)).toBeLessThan(0.5);
    expect(Math.abs(ptToMm(info.heightPt) - card.heightMm)).toBeLessThan(0.5);
    await expectCardImages(printed, card);
    await expectInkAsOnCard(printed, pdf.file, card.pages);
  });
}

test('kartu dicetak sebagai gambar tetap berukuran kartu walau driver memakai kertas A4', async ({
  page,
  app,
}) => {
  const card = cards.cr80;
  const pdf = await cardPdf('cr80');
  await openPrintPage(page, app);
  await drawCard(page, pdf.base64);

  const printed = join(dir, 'cetak-a4.pdf');
  await page.pdf({ path: printed, format: 'A4', margin: noMargin, printBackground: true });
  const info = await checkPdf(printed);
  expect(info.pages).toBe(card.pages);
  expect(Math.abs(ptToMm(info.widthPt) - 210)).toBeLessThan(1);
  expect(Math.abs(ptToMm(info.heightPt) - 297)).toBeLessThan(1);
  await expectCardImages(printed, card);
  // The card sits in the A4 sheet's top-left corner, where a card printer's card begins.
  await expectInkAsOnCard(printed, pdf.file, card.pages);
  const ink = await inkBox(printed, 1, inkDpi);
  expect(ink?.rightMm).toBeLessThanOrEqual(card.widthMm + 1);
  expect(ink?.bottomMm).toBeLessThanOrEqual(card.heightMm + 1);
});

test('kartu tidak meluber ke kartu kosong tambahan bila kertas driver sedikit lebih kecil', async ({
  page,
  app,
}) => {
  const card = cards.cr80;
  const pdf = await cardPdf('cr80');
  await openPrintPage(page, app);
  await drawCard(page, pdf.base64);

  const printed = join(dir, 'cetak-kecil.pdf');
  await page.pdf({ path: printed, width: '85.2mm', height: '53.5mm', margin: noMargin });
  expect((await checkPdf(printed)).pages).toBe(card.pages);
  // Cut at the paper's edge, never shrunk to fit it.
  await expectCardImages(printed, card);
});

test('kartu yang digambar kedua mengganti kartu sebelumnya', async ({ page, app }) => {
  const [small, big] = [await cardPdf('cr80'), await cardPdf('a4-landscape')];
  await openPrintPage(page, app);
  await drawCard(page, small.base64);
  const drawn = await drawCard(page, big.base64);
  expect(drawn.pages).toBe(1);
  await expect(page.locator('img')).toHaveCount(1);

  const printed = join(dir, 'cetak.pdf');
  await page.pdf({ path: printed, width: '297mm', height: '210mm', margin: noMargin });
  expect((await checkPdf(printed)).pages).toBe(1);
  await expectCardImages(printed, cards['a4-landscape']);
});

test('PDF kartu yang rusak ditolak dengan pesan yang jelas', async ({ page, app }) => {
  // Bytes that are no PDF at all, the same in every run.
  const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97 + 13) % 256));
  await openPrintPage(page, app);
  const message = await page.evaluate(
    ([pdf]) =>
      window.loketPrintCard(pdf ?? '').then(
        () => 'tergambar',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      ),
    [junk.toString('base64')],
  );
  expect(message).toMatch(/^PDF kartu tidak dapat digambar: .+\.$/);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('img')).toHaveCount(0);
});

/**
 * Electron's own print code (`webContentsPdfPrinter`, as main.ts wires it) driving this page in
 * Chromium: Playwright's page stands in for the hidden BrowserWindow and page.pdf for the driver,
 * which either honours the page size Electron passes or ignores it and prints on A4.
 */
function chromiumPrintWindow(
  page: Page,
  out: string,
  driver: 'honours' | 'ignores',
): PrintableWindow {
  return {
    loadURL: async (url) => void (await page.goto(url)),
    webContents: {
      executeJavaScript: (code) => page.evaluate(code),
      print(options, done) {
        const [short, long] = [options.pageSize.width / 1000, options.pageSize.height / 1000];
        const [w, h] = options.landscape ? [long, short] : [short, long];
        const paper =
          driver === 'honours' ? { width: `${w}mm`, height: `${h}mm` } : { format: 'A4' };
        page
          .pdf({ path: out, margin: noMargin, printBackground: options.printBackground, ...paper })
          .then(
            () => done(true, ''),
            (error: unknown) => done(false, String(error)),
          );
      },
    },
    destroy: () => undefined,
  };
}

for (const driver of ['honours', 'ignores'] as const) {
  test(`jalur cetak Electron mengirim kartu CR80 sebagai gambar berukuran tepat (driver ${driver === 'honours' ? 'memakai' : 'mengabaikan'} ukuran kertas)`, async ({
    page,
    app,
  }) => {
    const pdf = await cardPdf('cr80');
    const printed = join(dir, `electron-${driver}.pdf`);
    const cardPrinter = new ElectronCardPrinter(
      webContentsPdfPrinter(() => chromiumPrintWindow(page, printed, driver), {
        imagePageUrl: `${app.url}/print-card.html`,
      }),
      { print: async () => ({ ok: true }) },
    );
    const result = await cardPrinter.print({
      filePath: pdf.file,
      printerName: 'Evolis_Primacy',
      asImage: true,
      widthMm: 85.6,
      heightMm: 53.98,
      title: 'Kartu AK/I',
      saveAs: 'kartu.pdf',
    });
    expect(result).toEqual({ ok: true });
    const info = await checkPdf(printed);
    expect(info.pages).toBe(2);
    const paperMm = driver === 'honours' ? [85.6, 53.98] : [210, 297];
    expect(Math.abs(ptToMm(info.widthPt) - (paperMm[0] ?? 0))).toBeLessThan(1);
    expect(Math.abs(ptToMm(info.heightPt) - (paperMm[1] ?? 0))).toBeLessThan(1);
    await expectCardImages(printed, cards.cr80);
    await expectInkAsOnCard(printed, pdf.file, 2);
  });
}
