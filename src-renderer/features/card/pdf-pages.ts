import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';

// Vite emits the worker as a hashed file of our own origin, as the CSP (worker-src 'self') wants.
GlobalWorkerOptions.workerSrc = new URL(
  'pdfjs-dist/build/pdf.worker.min.mjs',
  import.meta.url,
).toString();

export interface DrawnPdf {
  readonly pages: readonly HTMLCanvasElement[];
}

/**
 * Draws every page of a PDF with PDF.js into off-screen canvases `widthCss` CSS pixels wide
 * (times `pixelRatio` real pixels). Loaded on demand so the PDF.js code (~400 KB) is fetched
 * only when a card is previewed. `isCancelled` stops work for a preview nobody shows any more.
 */
export async function drawPdfPages(
  bytes: Uint8Array,
  widthCss: number,
  pixelRatio: number,
  isCancelled: () => boolean,
): Promise<DrawnPdf> {
  // PDF.js hands its buffer to the worker, so it gets a copy.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false });
  try {
    const doc = await task.promise;
    const pages: HTMLCanvasElement[] = [];
    for (let n = 1; n <= doc.numPages && !isCancelled(); n += 1) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (widthCss / base.width) * pixelRatio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      await page.render({ canvas, viewport }).promise;
      pages.push(canvas);
    }
    return { pages };
  } finally {
    await task.destroy();
  }
}
