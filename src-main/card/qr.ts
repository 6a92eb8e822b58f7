import QRCode from 'qrcode';
import type { Box, CardCanvas } from './canvas.js';
import { ink } from './canvas.js';

/**
 * Vector QR (dark runs as rectangles): sharp at any printer resolution, no raster image,
 * so `pdfimages` still lists only the photo.
 */
export function drawQr(c: CardCanvas, payload: string, box: Box): void {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const side = Math.min(box.w, box.h);
  const cell = side / n;
  const x0 = box.x + (box.w - side) / 2;
  const y0 = box.y + (box.h - side) / 2;
  for (let row = 0; row < n; row++) {
    let start = -1;
    for (let col = 0; col <= n; col++) {
      const dark = col < n && modules.get(row, col) !== 0;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        // A hair of overlap hides the seams some viewers draw between adjacent rectangles.
        const rect = {
          x: x0 + start * cell,
          y: y0 + row * cell,
          w: (col - start) * cell,
          h: cell + 0.05,
        };
        c.rect(rect, { fill: ink, stroke: false });
        start = -1;
      }
    }
  }
}
