import { faceBox, type Rect } from './crop-3x4.js';

/** Luminance image, one value 0..255 per pixel, row by row. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Float32Array;
}

export type PhotoWarning = 'too-dark' | 'too-bright' | 'blurred';

export interface PhotoQuality {
  /** Mean luminance (0..255) inside the face guide. */
  readonly brightness: number;
  /** Variance of the Laplacian of the downscaled picture: higher is sharper. */
  readonly sharpness: number;
  readonly warnings: readonly PhotoWarning[];
}

/**
 * Limits chosen on the fake camera's scenes and on scanned pas foto: a well lit face averages
 * 120-190; a face under 70 prints as a dark blot on the yellow card, over 215 loses its features.
 * Sharpness is measured after shrinking to about 150 px wide, which removes sensor noise and
 * makes the figure independent of the camera's resolution.
 */
export const qualityLimits = { dark: 70, bright: 215, blurred: 30, analysisWidth: 150 } as const;

/** Rec. 601 luma of an RGBA buffer (canvas ImageData layout). */
export function grayscaleOf(rgba: Uint8ClampedArray, width: number, height: number): GrayImage {
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i += 1) {
    const o = i * 4;
    data[i] = 0.299 * (rgba[o] ?? 0) + 0.587 * (rgba[o + 1] ?? 0) + 0.114 * (rgba[o + 2] ?? 0);
  }
  return { width, height, data };
}

/** Box-average shrink by a whole factor (the remainder at the right and bottom is dropped). */
export function shrink(image: GrayImage, factor: number): GrayImage {
  const f = Math.max(1, Math.floor(factor));
  const width = Math.floor(image.width / f);
  const height = Math.floor(image.height / f);
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let dy = 0; dy < f; dy += 1)
        for (let dx = 0; dx < f; dx += 1)
          sum += image.data[(y * f + dy) * image.width + x * f + dx] ?? 0;
      data[y * width + x] = sum / (f * f);
    }
  return { width, height, data };
}

export function meanLuminance(image: GrayImage, region?: Rect): number {
  const r = region ?? { x: 0, y: 0, width: image.width, height: image.height };
  const x0 = Math.max(0, r.x);
  const y0 = Math.max(0, r.y);
  const x1 = Math.min(image.width, r.x + r.width);
  const y1 = Math.min(image.height, r.y + r.height);
  let sum = 0;
  for (let y = y0; y < y1; y += 1)
    for (let x = x0; x < x1; x += 1) sum += image.data[y * image.width + x] ?? 0;
  const count = Math.max(0, x1 - x0) * Math.max(0, y1 - y0);
  return count === 0 ? 0 : sum / count;
}

/** Variance of the 4-neighbour Laplacian over the inner pixels: the classic focus measure. */
export function laplacianVariance(image: GrayImage): number {
  const { width, height, data } = image;
  const at = (x: number, y: number): number => data[y * width + x] ?? 0;
  let sum = 0;
  let sumSquares = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y += 1)
    for (let x = 1; x < width - 1; x += 1) {
      const value = at(x - 1, y) + at(x + 1, y) + at(x, y - 1) + at(x, y + 1) - 4 * at(x, y);
      sum += value;
      sumSquares += value * value;
      count += 1;
    }
  if (count === 0) return 0;
  const mean = sum / count;
  return sumSquares / count - mean * mean;
}

/** Checks a 3x4 picture (RGBA) before it is saved; warnings only, the officer decides. */
export function assessPhoto(rgba: Uint8ClampedArray, width: number, height: number): PhotoQuality {
  const gray = grayscaleOf(rgba, width, height);
  const small = shrink(gray, width / qualityLimits.analysisWidth);
  const brightness = meanLuminance(gray, faceBox(width, height));
  const sharpness = laplacianVariance(small);
  const warnings: PhotoWarning[] = [];
  if (brightness < qualityLimits.dark) warnings.push('too-dark');
  else if (brightness > qualityLimits.bright) warnings.push('too-bright');
  // A badly exposed picture has too little contrast to judge focus: light it first, then judge.
  else if (sharpness < qualityLimits.blurred) warnings.push('blurred');
  return { brightness, sharpness, warnings };
}
