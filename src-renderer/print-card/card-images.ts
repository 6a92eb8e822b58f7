import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import { pointsToMm, pointsToPixels, type PageSizeMm } from './print-layout.js';

// Vite emits the worker as a hashed file of our own origin, as the CSP (worker-src 'self') wants.
GlobalWorkerOptions.workerSrc = new URL(
  'pdfjs-dist/build/pdf.worker.min.mjs',
  import.meta.url,
).toString();

/** One PDF page drawn as a PNG (blob URL) with the page's own size in millimetres. */
export interface CardImage extends PageSizeMm {
  readonly url: string;
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('gambar halaman tidak dapat dibuat'))),
      'image/png',
    ),
  );
}

/**
 * Draws every page at `dpi` pixels per inch. Unlike the preview (drawPdfPages), the scale
 * comes from each page's own size in points, so pixels / dpi is the page's physical size.
 */
export async function drawCardImages(bytes: Uint8Array, dpi: number): Promise<CardImage[]> {
  const task = getDocument({ data: bytes, isEvalSupported: false });
  const images: CardImage[] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      // The viewport applies the page's /Rotate, so width and height are as printed.
      const points = page.getViewport({ scale: 1 });
      const canvas = document.createElement('canvas');
      canvas.width = pointsToPixels(points.width, dpi);
      canvas.height = pointsToPixels(points.height, dpi);
      const viewport = page.getViewport({ scale: dpi / 72 });
      // PDF.js paints the sheet white first, so the PNG has no transparent parts.
      await page.render({ canvas, viewport }).promise;
      const png = await canvasToPng(canvas);
      // Frees the large pixel buffer now instead of at the next garbage collection.
      canvas.width = 0;
      canvas.height = 0;
      images.push({
        url: URL.createObjectURL(png),
        widthMm: pointsToMm(points.width),
        heightMm: pointsToMm(points.height),
      });
    }
    return images;
  } catch (error) {
    for (const image of images) URL.revokeObjectURL(image.url);
    throw error;
  } finally {
    await task.destroy();
  }
}
